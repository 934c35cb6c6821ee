package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;
import java.util.List;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.Student;

/** Test factories for decisions. */
public final class DecisionFixtures {
  public static final PartnershipPolicy PO = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  public static final PartnershipPolicy VO = SeedPolicies.find(PolicyId.of("vo-22-01")).orElseThrow();
  public static final PartnershipPolicy ML = SeedPolicies.find(PolicyId.of("vo-31-02")).orElseThrow();
  public static final BrinCode SCHOOL = BrinCode.of("99AA00");
  public static final LocalDate RECEIVED = LocalDate.of(2025, 9, 15);
  public static final DeadlineCalculator PO_DEADLINES = new DeadlineCalculator(PO.deadlines(), SchoolCalendar.none());

  private DecisionFixtures() {}

  /** A submitted application of the given type (po-22-01 for PO types, vo-22-01 for VO types) by the school of enrolment. */
  public static AdmissibilityApplication submitted(SchoolType type, Optional<SpecialNeedsType> needs) {
    PartnershipPolicy policy = type.sector() == PO.sector() ? PO : VO;
    return AdmissibilityApplication.submit(ApplicationId.of("app-1"), policy, PartnershipId.of("acc-po"),
        enrolledAt("s-1", SCHOOL, type.sector() == PO.sector() ? SchoolType.BO : SchoolType.VO), Applicant.BOARD_OF_ENROLLING_SCHOOL, type, needs,
        false, Optional.empty(), RECEIVED, "school-staff");
  }

  /** The facts of R-TLV-1 for a student enrolled since 1 August 2021 at {@code school}, which applies. */
  public static AdmissibilityApplication.ApplicantFacts enrolledAt(String student, BrinCode school, SchoolType type) {
    return facts(student, Optional.of(Enrolment.open(school, type, LocalDate.of(2021, 8, 1))), school(school, type), List.of(), List.of());
  }

  /** The facts of R-TLV-1: the student's one enrolment (if any), the applying school, registrations and PrO schools. */
  public static AdmissibilityApplication.ApplicantFacts facts(String student, Optional<Enrolment> enrolment, School applying,
      List<Registration> registrations, List<BrinCode> proSchools) {
    EnrolmentHistory history = enrolment.map(e -> EnrolmentHistory.empty().enrol(e)).orElse(EnrolmentHistory.empty());
    return new AdmissibilityApplication.ApplicantFacts(Student.register(StudentId.of(student), LocalDate.of(2011, 1, 1), RECEIVED, history),
        applying, registrations, proSchools);
  }

  /** A school of a type without clusters (BO, SBO, VO or PRO). */
  public static School school(BrinCode brin, SchoolType type) {
    return new School(brin, "School " + brin, BoardId.of("board-1"), type, Optional.empty(), java.util.Set.of());
  }

  /** A po-22-01 SO/LG application that is under assessment, with a complete dossier. */
  public static AdmissibilityApplication underAssessment() {
    return complete(submitted(SchoolType.SO, Optional.of(SpecialNeedsType.LG)), Optional.empty())
        .acknowledge("committee", RECEIVED.plusDays(2), "received")
        .startAssessment("committee", RECEIVED.plusDays(7), "complete");
  }

  /** Two expert advices that meet R-TLV-3 of every built-in policy: the first from the applying school, both orthopedagogues. */
  public static java.util.List<ExpertAdvice> twoExperts() {
    return java.util.List.of(new ExpertAdvice("expert-1", Profession.ORTHOPEDAGOGUE, Optional.of(SCHOOL), RECEIVED.minusDays(10)),
        new ExpertAdvice("expert-2", Profession.ORTHOPEDAGOGUE, Optional.empty(), RECEIVED.minusDays(9)));
  }

  /** The application with every item its policy requires (R-TLV-2) and two experts (R-TLV-3). */
  public static AdmissibilityApplication complete(AdmissibilityApplication a, Optional<BrinCode> firstChoice) {
    PartnershipPolicy policy = SeedPolicies.find(a.policy()).orElseThrow();
    java.util.Set<DossierItem> items = java.util.EnumSet.noneOf(DossierItem.class);
    items.addAll(policy.dossiers().required());
    if (a.proSpecialRoute()) {
      items.addAll(policy.dossiers().proSpecialRouteExtra());
    }
    return a.withDossier(items, twoExperts(), firstChoice);
  }
}
