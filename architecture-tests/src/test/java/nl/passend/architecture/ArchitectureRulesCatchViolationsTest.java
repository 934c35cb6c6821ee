package nl.passend.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the rules can fail: each custom rule is run on a fixture that breaks it
 * ({@code nl.passend.fixtures.bad}), and every rule is run on an empty import, where it must fail
 * too instead of passing on nothing.
 */
class ArchitectureRulesCatchViolationsTest {
  private static final String BAD = "nl.passend.fixtures.bad";
  private static JavaClasses bad;

  @BeforeAll
  static void importFixtures() {
    bad = new ClassFileImporter().importPackages(BAD);
  }

  @Test
  void onionFailsWhenADomainClassImportsAnAdapter() {
    assertThatThrownBy(() -> PassendArchitecture.onion(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainThatKnowsTheWeb");
  }

  @Test
  void domainAllowListFailsWhenADomainClassImportsAnAdapter() {
    assertThatThrownBy(() -> PassendArchitecture.domainAllowList(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainThatKnowsTheWeb");
  }

  @Test
  void applicationAllowListFailsWhenAUseCaseImportsAnAdapter() {
    assertThatThrownBy(() -> PassendArchitecture.applicationAllowList(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UseCaseThatKnowsStorage");
  }

  @Test
  void infrastructureRuleFailsWhenTheDomainUsesJdbc() {
    assertThatThrownBy(() -> PassendArchitecture.coreAvoidsInfrastructureOfTheJdk(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.sql");
  }

  @Test
  void clockRuleFailsWhenTheDomainReadsTheSystemClock() {
    assertThatThrownBy(() -> PassendArchitecture.coreReadsNoSystemClock(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LocalDate.now()");
  }

  @Test
  void adapterRuleFailsWhenOneAdapterUsesAnother() {
    assertThatThrownBy(() -> PassendArchitecture.adaptersIndependent(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WebThatKnowsStorage");
  }

  @Test
  void webRuleFailsWhenARouteReadsStorage() {
    assertThatThrownBy(() -> PassendArchitecture.webUsesInboundPortsOnly(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WebThatReadsStorage")
        .hasMessageContaining("FixtureStorage");
  }

  @Test
  void storageRuleFailsWhenAnAdapterCallsStorage() {
    assertThatThrownBy(() -> PassendArchitecture.adaptersDoNotCallStorage(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WebThatReadsStorage");
  }

  @Test
  void facadeRuleFailsWhenTheFacadeHandsOutAService() {
    assertThatThrownBy(() -> PassendArchitecture.facadeHandsOutInboundPortsOnly(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Passend.cases()");
  }

  @Test
  void formatsRuleFailsWhenAFormatCallsAUseCase() {
    assertThatThrownBy(() -> PassendArchitecture.formatsKnowTheDomainOnly(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FormatThatKnowsTheApplication");
  }

  @Test
  void compositionRootRuleFailsWhenAnAdapterReadsTheRoot() {
    assertThatThrownBy(() -> PassendArchitecture.compositionRootIsTheOnlyWiring(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SystemThatKnowsTheRoot");
  }

  @Test
  void cycleRuleFailsOnACycle() {
    assertThatThrownBy(() -> PassendArchitecture.noCycles(BAD).get(0).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle");
  }

  @Test
  void everyRuleFailsOnAnEmptyImport() {
    JavaClasses empty = new ClassFileImporter().importPackages("nl.passend.fixtures.nothing_here");
    List<ArchRule> rules = new ArrayList<>();
    rules.add(PassendArchitecture.onion(BAD));
    rules.add(PassendArchitecture.domainAllowList(BAD));
    rules.add(PassendArchitecture.applicationAllowList(BAD));
    rules.add(PassendArchitecture.coreAvoidsInfrastructureOfTheJdk(BAD));
    rules.add(PassendArchitecture.coreReadsNoSystemClock(BAD));
    rules.add(PassendArchitecture.adaptersIndependent(BAD));
    rules.add(PassendArchitecture.webUsesInboundPortsOnly(BAD));
    rules.add(PassendArchitecture.adaptersDoNotCallStorage(BAD));
    rules.add(PassendArchitecture.facadeHandsOutInboundPortsOnly(BAD));
    rules.add(PassendArchitecture.formatsKnowTheDomainOnly(BAD));
    rules.add(PassendArchitecture.compositionRootIsTheOnlyWiring(BAD));
    rules.addAll(PassendArchitecture.noCycles(BAD));
    rules.addAll(PassendArchitecture.generalCodingRules());
    for (ArchRule rule : rules) {
      assertThatThrownBy(() -> rule.check(empty))
          .as(rule.getDescription())
          .isInstanceOf(AssertionError.class);
    }
  }
}
