package nl.passend.examples.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.testing.MutableClock;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.InMemoryStorage;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;
import nl.passend.formats.PolicyCodec;

/**
 * Passend embedded in another program, as a vendor would: a custom policy document read with the
 * policy codec, an eligibility evaluation with its explanation, and one admissibility application
 * from submission to grant on the in-memory adapters. Every name and number in it is invented.
 */
public final class EmbeddedExample {
  private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

  private EmbeddedExample() {}

  /** Runs the example and prints what happens. */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @return the application at its final state
   */
  public static AdmissibilityApplication run(PrintStream out) {
    // 1. A custom policy document, read by the same codec the server uses, beside the built-in ones.
    PartnershipPolicy policy = PolicyCodec.read(resource("po-99-01.json"), "po-99-01.json");
    PolicyCatalogue policies = new PolicyCatalogue(PolicyCodec.builtIns());
    policies.add(policy);
    out.println("policy " + policy.id() + " (" + policy.name() + ") loaded; schemes " + policy.eligibility().schemes());

    // 2. The core wired to in-memory adapters; a vendor passes its own adapters of the same ports.
    InMemoryStorage storage = new InMemoryStorage(policies);
    MutableClock clock = new MutableClock(TODAY);
    // Letters are rendered by the embedder's own renderer here (plain text); the server wires the PDF adapter.
    Passend passend = new Passend(storage, clock, new SequentialIdGenerator(), new InMemorySchoolCalendarSource(), dossier -> {
      throw new IllegalStateException("this example reads no OSO dossiers");
    }, new nl.passend.application.testing.memory.PlainTextLetterRenderer());

    // 3. Eligibility with its explanation (ZML: IQ below 55 suffices on its own).
    Actor staff = Actor.of(Role.PARTNERSHIP_STAFF, "swv-voorbeeld");
    Assessment assessment = Assessment.on(TODAY).withDateOfBirth(LocalDate.of(2016, 5, 1)).withIq(52);
    EligibilityResult result = passend.calculators().evaluate(staff, policy.id(), Scheme.ZML, assessment);
    out.println("eligibility " + result.scheme() + " " + result.schemeVersion() + ": " + result.outcome());
    result.rules().forEach(r -> out.println("  " + r.id() + " " + r.holds().map(h -> h ? "holds" : "fails").orElse("unknown") + ": "
        + r.explanation()));

    // 4. The organisation and a pseudonymous student.
    Actor admin = Actor.administrator();
    PartnershipId partnership = PartnershipId.of("swv-voorbeeld");
    passend.organisation().register(new RegisterPartnershipUseCase.Command(admin, partnership, "SWV Voorbeeld", Sector.PO, "Voorbeeldstad",
        policy.id()));
    passend.organisation().register(new RegisterBoardUseCase.Command(admin, BoardId.of("b-voorbeeld"), "Stichting Voorbeeld", Set.of(partnership)));
    passend.organisation().register(new RegisterSchoolUseCase.Command(admin, BrinCode.of("99ZZ00"), "Basisschool Voorbeeld",
        BoardId.of("b-voorbeeld"), SchoolType.BO, Optional.empty(), Set.of()));
    passend.organisation().register(new RegisterSchoolUseCase.Command(admin, BrinCode.of("99ZY00"), "SO Voorbeeld", BoardId.of("b-voorbeeld"),
        SchoolType.SO, Optional.of(Cluster.THREE), Set.of(SpecialNeedsType.ZML)));
    passend.students().importStudents(new ImportStudentsUseCase.Command(staff, partnership,
        List.of(new ImportStudentsUseCase.Row(2, "leerling-1", "2016-05-01", "99ZZ00", "BO", "2020-08-01", ""))));

    // 5. An application from submission to grant.
    Actor school = Actor.of(Role.SCHOOL_STAFF, "99ZZ00");
    Actor committee = Actor.committeeMember(partnership.value(), Optional.empty());
    LocalDate received = TODAY.minusDays(10);
    AdmissibilityApplication a = passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(school, policy.id(),
        partnership, StudentId.of("leerling-1"), BrinCode.of("99ZZ00"), SchoolType.SO, Optional.of(SpecialNeedsType.ZML), false, received,
        Optional.empty(), Optional.empty()));
    out.println("submitted " + a.id().value() + ": " + a.state());
    a = step(passend, committee, a, Action.ACKNOWLEDGE, received.plusDays(1));
    a = step(passend, staff, a, Action.START_ASSESSMENT, received.plusDays(2));
    a = passend.applications().recordDossier(new RecordDossierUseCase.Command(committee, a.id(), a.version(),
        Set.of(DossierItem.EXPERT_ADVICE, DossierItem.GUARDIANS_VIEW, DossierItem.EDUCATIONAL_REPORT),
        List.of(new ExpertAdvice("deskundige-1", Profession.ORTHOPEDAGOGUE, Optional.of(BrinCode.of("99ZZ00")), received.minusDays(20)),
            new ExpertAdvice("deskundige-2", Profession.PSYCHOLOGIST, Optional.empty(), received.minusDays(15))),
        Optional.empty()));
    a = passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(committee, a.id(), a.version(), Action.GRANT,
        Optional.of(received.plusDays(8)), "criteria met", Optional.of(new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
            Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new nl.passend.application.letters.port.in.Addressee(nl.passend.application.letters.port.in.Addressee.Role.GUARDIANS,
            "Ouders van leerling-1", "ouders@example.org"))));
    var statement = a.statement().orElseThrow();
    out.println("final state " + a.state() + ": statement " + statement.number() + ", " + statement.schoolType() + " "
        + statement.specialNeedsType().map(Enum::name).orElse("") + ", category " + statement.fundingCategory().map(Enum::name).orElse("-")
        + ", " + statement.startDate() + " to " + statement.lastDay().orElse(null) + " (" + statement.legalBasis() + ")");
    out.println("letters queued: " + storage.letters().bySubject(a.id().value()).size());
    return a;
  }

  private static AdmissibilityApplication step(Passend passend, Actor actor, AdmissibilityApplication a, Action action, LocalDate on) {
    return passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(actor, a.id(), a.version(), action,
        on, "", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static byte[] resource(String name) {
    try (InputStream in = EmbeddedExample.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
