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
import nl.passend.domain.policy.BuiltInPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;

/** Test factories for decisions. */
public final class DecisionFixtures {
  public static final PartnershipPolicy PO = BuiltInPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  public static final PartnershipPolicy VO = BuiltInPolicies.find(PolicyId.of("vo-22-01")).orElseThrow();
  public static final PartnershipPolicy ML = BuiltInPolicies.find(PolicyId.of("vo-31-02")).orElseThrow();
  public static final BrinCode SCHOOL = BrinCode.of("99AA00");
  public static final LocalDate RECEIVED = LocalDate.of(2025, 9, 15);
  public static final DeadlineCalculator PO_DEADLINES = new DeadlineCalculator(PO.deadlines(), SchoolCalendar.none());

  private DecisionFixtures() {}

  /** A submitted po-22-01 application for SO with the given type. */
  public static AdmissibilityApplication submitted(SchoolType type, Optional<SpecialNeedsType> needs) {
    PartnershipPolicy policy = type.sector() == PO.sector() ? PO : VO;
    return AdmissibilityApplication.submit(ApplicationId.of("app-1"), policy, PartnershipId.of("acc-po"), StudentId.of("s-1"),
        SCHOOL, Applicant.BOARD_OF_ENROLLING_SCHOOL, type, needs, false, RECEIVED, "school-staff");
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
    PartnershipPolicy policy = BuiltInPolicies.find(a.policy()).orElseThrow();
    java.util.Set<DossierItem> items = java.util.EnumSet.noneOf(DossierItem.class);
    items.addAll(policy.dossiers().required());
    if (a.proSpecialRoute()) {
      items.addAll(policy.dossiers().proSpecialRouteExtra());
    }
    return a.withDossier(items, twoExperts(), firstChoice);
  }
}
