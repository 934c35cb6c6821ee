package nl.passend.bootstrap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.adapters.web.Tokens;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;

/**
 * Demo mode (API.md §Conventions): the seeds' partnerships, boards and schools, two invented BO
 * schools, invented students, and the demo tokens. Not for production; it runs once on an empty
 * database and leaves existing data alone.
 */
final class DemoData {
  static final String DEMO_SCHOOL = "99PE00";
  static final String DEMO_BOARD = "13785";

  private DemoData() {}

  /** The demo tokens and their actors. */
  static void addTokens(Tokens tokens) {
    tokens.add("demo-admin", Actor.administrator());
    tokens.add("demo-partnership", Actor.of(Role.PARTNERSHIP_STAFF, "po-22-01"));
    tokens.add("demo-committee", Actor.committeeMember("po-22-01", Optional.of(BrinCode.of("99PF00"))));
    tokens.add("demo-board", Actor.of(Role.BOARD_OFFICER, DEMO_BOARD));
    tokens.add("demo-school", Actor.of(Role.SCHOOL_STAFF, DEMO_SCHOOL));
    tokens.add("demo-auditor", Actor.of(Role.AUDITOR, "po-22-01"));
  }

  /** Seeds the organisation and invented students when the database holds no partnership yet. */
  static boolean seed(Passend passend, LocalDate today) {
    Actor admin = Actor.administrator();
    if (!passend.organisation().partnerships(admin).isEmpty()) {
      return false;
    }
    var org = passend.organisation();
    for (Partnership p : SeedOrganisations.partnerships()) {
      org.register(new RegisterPartnershipUseCase.Command(admin, p.id(), p.name(), p.sector(), p.region(), p.policy()));
    }
    for (SeedOrganisations.SeedBoard b : SeedOrganisations.boards()) {
      org.register(new RegisterBoardUseCase.Command(admin, b.board().id(), b.board().name(), b.board().partnerships()));
    }
    List<School> schools = new ArrayList<>(SeedOrganisations.schools());
    schools.add(School.of(BrinCode.of(DEMO_SCHOOL), "Demo basisschool De Esch (invented)", BoardId.of(DEMO_BOARD), SchoolType.BO));
    schools.add(School.of(BrinCode.of("99PF00"), "Demo basisschool Het Veld (invented)", BoardId.of("32073"), SchoolType.BO));
    for (School s : schools) {
      org.register(new RegisterSchoolUseCase.Command(admin, s.brin(), s.name(), s.board(), s.type(), s.cluster(), s.servedTypes()));
    }
    // Invented students of po-22-01: thirty at the demo schools, ten in SBO.
    List<ImportStudentsUseCase.Row> rows = new ArrayList<>();
    int line = 2;
    for (int i = 1; i <= 40; i++) {
      LocalDate born = today.minusYears(6 + i % 6).minusDays(i * 7L);
      String school = i <= 20 ? DEMO_SCHOOL : i <= 30 ? "99PF00" : i % 2 == 0 ? "99PA00" : "99PB00";
      String type = i <= 30 ? "BO" : "SBO";
      rows.add(new ImportStudentsUseCase.Row(line++, String.format("demo-%04d", i), born.toString(), school, type,
          born.plusYears(4).plusMonths(1).withDayOfMonth(1).toString(), ""));
    }
    passend.students().importStudents(new ImportStudentsUseCase.Command(Actor.of(Role.PARTNERSHIP_STAFF, "po-22-01"),
        PartnershipId.of("po-22-01"), rows));
    demoApplication(passend, today);
    return true;
  }

  /** The student of the demo application: SBO asked for by the demo school, with a complete dossier, ready for the committee. */
  static final String DEMO_APPLICANT = "demo-0019";

  /**
   * One application for the console's first visit: submitted by the demo school ten days ago,
   * acknowledged, under assessment with a complete dossier (R-TLV-2, R-TLV-3), so that the committee
   * can decide it at once.
   */
  private static void demoApplication(Passend passend, LocalDate today) {
    Actor school = Actor.of(Role.SCHOOL_STAFF, DEMO_SCHOOL);
    Actor staff = Actor.of(Role.PARTNERSHIP_STAFF, "po-22-01");
    PartnershipId partnership = PartnershipId.of("po-22-01");
    PolicyId policy = PolicyId.of("po-22-01");
    LocalDate received = today.minusDays(10);
    AdmissibilityApplication a = passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(school, policy, partnership,
        StudentId.of(DEMO_APPLICANT), BrinCode.of(DEMO_SCHOOL), SchoolType.SBO, Optional.empty(), false, received, Optional.empty(), Optional.empty()));
    a = step(passend, staff, a, Action.ACKNOWLEDGE, received.plusDays(1), "ontvangst bevestigd");
    a = step(passend, staff, a, Action.START_ASSESSMENT, received.plusDays(2), "dossier compleet, beoordeling gestart");
    var required = passend.organisation().policyOf(partnership).orElseThrow().dossiers().required();
    passend.applications().recordDossier(new RecordDossierUseCase.Command(staff, a.id(), a.version(), required,
        List.of(new ExpertAdvice("orthopedagoog-demo", Profession.ORTHOPEDAGOGUE, Optional.of(BrinCode.of(DEMO_SCHOOL)), received.minusDays(14)),
            new ExpertAdvice("psycholoog-demo", Profession.PSYCHOLOGIST, Optional.empty(), received.minusDays(12))),
        Optional.empty()));
  }

  private static AdmissibilityApplication step(Passend passend, Actor actor, AdmissibilityApplication a, Action action, LocalDate on, String reason) {
    return passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(actor, a.id(), a.version(), action, on, reason,
        Optional.empty(), Optional.empty(), Optional.empty()));
  }

}
