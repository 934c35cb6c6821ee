package nl.passend.domain.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.support.SupportLevel;

/**
 * Regels ontwikkelingsperspectief: when a plan is required and its terms (R-OPP-1..4).
 *
 * @param dueWeeksAfterPlacement within how many weeks after a placement the receiving school draws up
 *     the plan (6, {@code 004:L1315}; R-OPP-3)
 * @param evaluationIntervalMonths how often the plan is evaluated with the guardians (at least yearly,
 *     R-OPP-4)
 */
public record DevelopmentPlanRules(int dueWeeksAfterPlacement, int evaluationIntervalMonths) {
  /** Decided: guardians' consent to the action part is required for plans drawn up from 1 August 2017. */
  public static final LocalDate CONSENT_REQUIRED_FROM = LocalDate.of(2017, 8, 1);

  /** From 1 August 2025 the plan records that the student was heard (R-OPP-4). */
  public static final LocalDate STUDENT_HEARD_REQUIRED_FROM = LocalDate.of(2025, 8, 1);

  private static final Set<SchoolType> ALWAYS_PLAN = EnumSet.of(SchoolType.SBO, SchoolType.SO, SchoolType.VSO, SchoolType.PRO);

  /** Validates the terms. */
  public DevelopmentPlanRules {
    Validation.require(dueWeeksAfterPlacement >= 1 && dueWeeksAfterPlacement <= 26, "developmentPlanDueWeeks",
        "must be 1 to 26 weeks, but was %d", dueWeeksAfterPlacement);
    Validation.require(evaluationIntervalMonths >= 1 && evaluationIntervalMonths <= 12, "developmentPlanEvaluationMonths",
        "a plan is evaluated at least once a year, so 1 to 12 months, not %d (R-OPP-4)", evaluationIntervalMonths);
  }

  /** Six weeks after placement, evaluated yearly. */
  public static DevelopmentPlanRules defaults() {
    return new DevelopmentPlanRules(6, 12);
  }

  /**
   * Whether a student needs a plan (R-OPP-1): support beyond basic, or a place in SBO, SO, VSO or
   * PrO.
   */
  public static boolean isRequired(SupportLevel level, SchoolType schoolType) {
    Validation.present(level, "supportLevel");
    Validation.present(schoolType, "schoolType");
    return level.beyondBasic() || ALWAYS_PLAN.contains(schoolType);
  }

  /** Whether the referring school must have drawn up a plan before referring to {@code target} (R-OPP-2: VSO). */
  public static boolean requiredBeforeReferralTo(SchoolType target) {
    return target == SchoolType.VSO;
  }

  /** The last day for the receiving school to draw up the plan after a placement on {@code placedOn} (R-OPP-3). */
  public LocalDate dueAfterPlacement(LocalDate placedOn) {
    Validation.present(placedOn, "placedOn");
    return placedOn.plusWeeks(dueWeeksAfterPlacement);
  }
}
