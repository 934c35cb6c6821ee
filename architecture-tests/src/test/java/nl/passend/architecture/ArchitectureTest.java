package nl.passend.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks Passend's production classes against the rules of {@link PassendArchitecture}. The rules
 * are called from plain {@code @Test} methods (see STYLE.md: {@code @ArchTest} fields were seen to
 * run zero tests with this Surefire and JUnit).
 */
class ArchitectureTest {
  private static final String ROOT = "nl.passend";
  private static JavaClasses passend;

  @BeforeAll
  static void importPassend() {
    passend = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    // Guard against a silent pass on an empty or partial import.
    assertThat(passend.containPackage(ROOT + ".domain")).isTrue();
    assertThat(passend.containPackage(ROOT + ".application")).isTrue();
    assertThat(passend.containPackage(ROOT + ".adapters.web")).isTrue();
    assertThat(passend.containPackage(ROOT + ".adapters.persistence")).isTrue();
    assertThat(passend.containPackage(ROOT + ".adapters.system")).isTrue();
    assertThat(passend.containPackage(ROOT + ".formats")).isTrue();
    assertThat(passend.containPackage(ROOT + ".bootstrap")).isTrue();
  }

  @Test
  void layersFormAnOnion() {
    PassendArchitecture.onion(ROOT).check(passend);
  }

  @Test
  void domainDependsOnlyOnItsAllowList() {
    PassendArchitecture.domainAllowList(ROOT).check(passend);
  }

  @Test
  void applicationDependsOnlyOnDomainAndItsAllowList() {
    PassendArchitecture.applicationAllowList(ROOT).check(passend);
  }

  @Test
  void coreAvoidsJdbcLoggingAndNetwork() {
    PassendArchitecture.coreAvoidsInfrastructureOfTheJdk(ROOT).check(passend);
  }

  @Test
  void coreReadsNoSystemClock() {
    PassendArchitecture.coreReadsNoSystemClock(ROOT).check(passend);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    PassendArchitecture.adaptersIndependent(ROOT).check(passend);
  }

  @Test
  void webUsesInboundPortsOnly() {
    PassendArchitecture.webUsesInboundPortsOnly(ROOT).check(passend);
  }

  @Test
  void adaptersDoNotCallStorage() {
    PassendArchitecture.adaptersDoNotCallStorage(ROOT).check(passend);
  }

  @Test
  void facadeHandsOutInboundPortsOnly() {
    PassendArchitecture.facadeHandsOutInboundPortsOnly(ROOT).check(passend);
  }

  @Test
  void formatsKnowTheDomainOnly() {
    PassendArchitecture.formatsKnowTheDomainOnly(ROOT).check(passend);
  }

  @Test
  void compositionRootIsTheOnlyWiring() {
    PassendArchitecture.compositionRootIsTheOnlyWiring(ROOT).check(passend);
  }

  @Test
  void noPackageCycles() {
    for (ArchRule rule : PassendArchitecture.noCycles(ROOT)) {
      rule.check(passend);
    }
  }

  @Test
  void generalCodingRules() {
    for (ArchRule rule : PassendArchitecture.generalCodingRules()) {
      rule.check(passend);
    }
  }
}
