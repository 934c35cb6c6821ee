package nl.passend.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rules that keep Passend's hexagon apart, written over a root package so that the same rule
 * can be run on Passend ({@code nl.passend}) and on deliberately bad fixtures that must fail it.
 * Every rule fails when it finds no class to check.
 */
final class PassendArchitecture {
  private PassendArchitecture() {}

  /** Domain, application and the adapters form an onion: inner layers never see outer ones. */
  static ArchRule onion(String root) {
    ArchRule onion = onionArchitecture()
        .domainModels(root + ".domain..")
        .applicationServices(root + ".application..")
        .adapter("persistence", root + ".adapters.persistence..")
        .adapter("web", root + ".adapters.web..")
        .adapter("system", root + ".adapters.system..")
        .adapter("oso", root + ".adapters.oso..")
        .adapter("letters", root + ".adapters.letters..")
        .adapter("mail", root + ".adapters.mail..")
        // There are no separate domain services (the domain is models and pure policies), so
        // layers are optional; the rule below makes an empty import fail all the same.
        .withOptionalLayers(true)
        // The composition root wires everything and the file formats are a library beside the onion;
        // their own rules are compositionRootIsTheOnlyWiring and formatsKnowTheDomainOnly.
        .ignoreDependency(resideInAnyPackage(root + ".bootstrap..", root + ".formats.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
        .because("the core must not know its adapters (STYLE.md, hexagonal architecture)");
    ArchRule everyClassInALayer = classes().that().resideInAPackage(root + "..")
        .should().resideInAnyPackage(root + ".domain..", root + ".application..", root + ".formats..",
            root + ".adapters.persistence..", root + ".adapters.web..", root + ".adapters.system..", root + ".adapters.oso..", root + ".adapters.letters..", root + ".adapters.mail..",
            root + ".bootstrap..",
            root + ".benchmarks..")
        .allowEmptyShould(false)
        .because("every class belongs to a layer of the onion");
    return CompositeArchRule.of(onion).and(everyClassInALayer);
  }

  /**
   * The domain depends on the JDK, Guava, Error Prone's annotations, Immutables and itself only;
   * what Immutables generates (annotated with {@code javax.annotation.processing.Generated} or
   * Immutables' own {@code Generated}) is admitted by the same list.
   */
  static ArchRule domainAllowList(String root) {
    return classes().that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "javax.annotation..", "com.google.common..", "com.google.errorprone.annotations..",
            "org.immutables.value..", root + ".domain..")
        .allowEmptyShould(false)
        .because("the domain is pure: JDK, Guava and Immutables only");
  }

  /** The application layer depends on the domain, the JDK, Guava and Immutables only. */
  static ArchRule applicationAllowList(String root) {
    return classes().that().resideInAPackage(root + ".application..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "javax.annotation..", "com.google.common..", "com.google.errorprone.annotations..",
            "org.immutables.value..", root + ".domain..", root + ".application..")
        .allowEmptyShould(false)
        .because("use cases know ports, not frameworks");
  }

  /**
   * The web adapter drives the core through its inbound ports only: the use-case interfaces and their
   * views ({@code application..port.in..}), the facade that hands them out, the application's common
   * error and actor types, the domain's values, and the shared file formats; never a service, an
   * outbound port or the storage.
   */
  static ArchRule webUsesInboundPortsOnly(String root) {
    return classes().that().resideInAPackage(root + ".adapters.web..")
        .should().onlyDependOnClassesThat(
            resideInAnyPackage(root + ".adapters.web..", root + ".application..port.in..", root + ".application.common", root + ".domain..",
                root + ".formats..", "java..", "javax..", "io.javalin..", "org.eclipse.jetty..", "com.fasterxml.jackson..", "org.slf4j..",
                "com.google.common..", "kotlin..", "jakarta.servlet..")
                .or(type(root + ".application.Passend")))
        .allowEmptyShould(false)
        .because("drivers use inbound ports only (issue 14): no storage, no service, no outbound port");
  }

  /** No adapter calls the storage SPI; only the composition root opens storage, and the persistence adapter implements it. */
  static ArchRule adaptersDoNotCallStorage(String root) {
    return noClasses().that().resideInAnyPackage(root + ".adapters.web..", root + ".adapters.system..", root + ".adapters.oso..",
            root + ".adapters.letters..", root + ".adapters.mail..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.storage..")
        .allowEmptyShould(false)
        .because("storage is wired by the composition root, and reached by drivers only through use cases");
  }

  /** The facade hands out inbound ports only: every public method of {@code Passend} returns a type of a {@code port.in} package. */
  static ArchRule facadeHandsOutInboundPortsOnly(String root) {
    return methods().that().areDeclaredIn(root + ".application.Passend").and().arePublic()
        .should().haveRawReturnType(resideInAPackage(root + ".application..port.in.."))
        .allowEmptyShould(false)
        .because("an embedder sees use-case interfaces, not the services or the storage behind them");
  }

  private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> type(String name) {
    return com.tngtech.archunit.base.DescribedPredicate.describe(name, c -> c.getName().equals(name));
  }

  /** The file formats are a library on the domain and Jackson: no port, no adapter. */
  static ArchRule formatsKnowTheDomainOnly(String root) {
    return classes().that().resideInAPackage(root + ".formats..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".formats..", root + ".domain..", "java..", "javax..",
            "com.fasterxml.jackson..", "com.google.common..")
        .allowEmptyShould(false)
        .because("policy documents and CSV tables are read the same by the server, custom folders and embedders");
  }

  /** Nothing but tests depends on the composition root: it is the outermost ring. */
  static ArchRule compositionRootIsTheOnlyWiring(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
        .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
        .allowEmptyShould(false)
        .because("only the composition root knows every module");
  }

  /** Even inside the JDK, the core does not use JDBC, java.util.logging or the network. */
  static ArchRule coreAvoidsInfrastructureOfTheJdk(String root) {
    return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "java.util.logging..", "java.net.http..", "java.lang.System$Logger")
        .allowEmptyShould(false)
        .because("storage, logging and HTTP belong in adapters");
  }

  /** The core never reads the system clock; time comes in as a parameter or through the Clock port. */
  static ArchRule coreReadsNoSystemClock(String root) {
    return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .allowEmptyShould(false)
        .because("time goes through a Clock port so that deadlines are testable (DEVELOPERS.md)");
  }

  /** Adapters never depend on each other. */
  static ArchRule adaptersIndependent(String root) {
    return slices().matching(root + ".adapters.(*)..")
        .should().notDependOnEachOther()
        .allowEmptyShould(false)
        .because("each adapter plugs into the application on its own");
  }

  /** No cycles between the top-level areas, nor between the areas of the domain. */
  static List<ArchRule> noCycles(String root) {
    return List.of(
        slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(false),
        slices().matching(root + ".domain.(*)..").should().beFreeOfCycles().allowEmptyShould(false),
        slices().matching(root + ".application.(*)..").should().beFreeOfCycles().allowEmptyShould(false));
  }

  /** ArchUnit's general coding rules that apply to Passend. */
  static List<ArchRule> generalCodingRules() {
    return List.of(
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(false),
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(false),
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.allowEmptyShould(false),
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME.allowEmptyShould(false));
  }
}
