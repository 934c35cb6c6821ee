package nl.passend.application.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.Applicant;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;

/** Values the contracts store; invented, no real people. */
public final class ContractFixtures {
  public static final PartnershipPolicy PO = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  public static final PartnershipId P1 = PartnershipId.of("acc-po");
  public static final PartnershipId P2 = PartnershipId.of("acc-po-2");
  public static final LocalDate DAY = LocalDate.of(2025, 9, 15);

  private ContractFixtures() {}

  /** Stores partnerships P1 and P2, boards b1 (P1) and b2 (P1, P2), schools 99AA00, 99AA01 (b1) and 99BB00 (b2). */
  public static void seedOrganisation(nl.passend.application.storage.Storage storage) {
    storage.partnerships().insert(partnership(P1));
    storage.partnerships().insert(partnership(P2));
    storage.boards().insert(board("b1", P1));
    storage.boards().insert(Board.of(BoardId.of("b2"), "Board b2", Set.of(P1, P2)));
    storage.schools().insert(school("99AA00", "b1"));
    storage.schools().insert(school("99AA01", "b1"));
    storage.schools().insert(school("99BB00", "b2"));
  }

  /** The organisation plus students s-1 and s-2 of P1 at 99AA00. */
  public static void seedStudents(nl.passend.application.storage.Storage storage) {
    seedOrganisation(storage);
    storage.students().insert(student("s-1", P1, "99AA00"));
    storage.students().insert(student("s-2", P1, "99AA00"));
  }

  public static Partnership partnership(PartnershipId id) {
    return Partnership.of(id, "Test partnership " + id, Sector.PO, "test region", PolicyId.of("po-22-01"), Set.of());
  }

  public static Board board(String id, PartnershipId p) {
    return Board.of(BoardId.of(id), "Board " + id, Set.of(p));
  }

  public static School school(String brin, String board) {
    return School.of(BrinCode.of(brin), "School " + brin, BoardId.of(board), SchoolType.BO);
  }

  public static StudentRecord student(String id, PartnershipId p, String brin) {
    Student s = Student.register(StudentId.of(id), LocalDate.of(2015, 3, 1), DAY,
        EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of(brin), SchoolType.BO, LocalDate.of(2021, 8, 1))));
    return new StudentRecord(s, p);
  }

  public static AdmissibilityApplication application(String id, PartnershipId p, String student) {
    return AdmissibilityApplication.submit(ApplicationId.of(id), PO, p, facts(student), Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.SO,
        Optional.of(SpecialNeedsType.LG), false, Optional.empty(), DAY, "SCHOOL_STAFF:99AA00");
  }

  /** The facts of R-TLV-1 for a student enrolled at 99AA00, which applies. */
  public static AdmissibilityApplication.ApplicantFacts facts(String student) {
    return new AdmissibilityApplication.ApplicantFacts(student(student, P1, "99AA00").student(), school("99AA00", "b1"), java.util.List.of(),
        java.util.List.of());
  }

  /** A vo-22-01 VSO application of {@code student} that renews statement {@code renews}, advised to grant and granted. */
  public static AdmissibilityApplication advisedRenewal(String id, PartnershipId p, String student, AdmissibilityStatement renewed) {
    PartnershipPolicy vo = SeedPolicies.find(PolicyId.of("vo-22-01")).orElseThrow();
    Student s = Student.register(StudentId.of(student), LocalDate.of(2010, 3, 1), DAY,
        EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of("99AA00"), SchoolType.VO, LocalDate.of(2022, 8, 1))));
    AdmissibilityApplication a = AdmissibilityApplication.submit(ApplicationId.of(id), vo, p,
        new AdmissibilityApplication.ApplicantFacts(s, School.of(BrinCode.of("99AA00"), "School", BoardId.of("b1"), SchoolType.VO),
            java.util.List.of(), java.util.List.of()),
        Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.VSO, Optional.of(SpecialNeedsType.CLUSTER_4), false, Optional.of(renewed.number()), DAY,
        "SCHOOL_STAFF:99AA00");
    LocalDate start = renewed.endDate().orElseThrow().plusDays(1);
    return a.withDossier(vo.dossiers().required(), twoExperts(a.applyingSchool(), DAY), Optional.empty())
        .acknowledge("c", DAY, "").startAssessment("c", DAY, "")
        .advise(vo, nl.passend.domain.decision.CommitteeAdvice.Outcome.GRANT, "cva", DAY.plusDays(5), "criteria met")
        .grant(vo, renewed.number() + 1, Optional.of(renewed), "director", DAY.plusDays(8), "advice followed",
            new GrantTerms(start, Optional.of(start.plusYears(1).minusDays(1)), Optional.empty(), Optional.empty()));
  }

  /** Two expert advices that meet R-TLV-3: both orthopedagogues, the first from the applying school. */
  public static java.util.List<nl.passend.domain.decision.ExpertAdvice> twoExperts(BrinCode school, LocalDate before) {
    return java.util.List.of(
        new nl.passend.domain.decision.ExpertAdvice("expert-1", nl.passend.domain.decision.Profession.ORTHOPEDAGOGUE, Optional.of(school),
            before.minusDays(10)),
        new nl.passend.domain.decision.ExpertAdvice("expert-2", nl.passend.domain.decision.Profession.ORTHOPEDAGOGUE, Optional.empty(),
            before.minusDays(9)));
  }

  public static AdmissibilityApplication granted(AdmissibilityApplication stored, long number, LocalDate end) {
    return stored.withDossier(PO.dossiers().required(), twoExperts(stored.applyingSchool(), DAY), Optional.empty())
        .acknowledge("c", DAY, "").startAssessment("c", DAY, "")
        .grant(PO, number, "c", DAY.plusDays(10), "", new GrantTerms(DAY.plusMonths(1), Optional.of(end), Optional.empty(), Optional.empty()));
  }
}
