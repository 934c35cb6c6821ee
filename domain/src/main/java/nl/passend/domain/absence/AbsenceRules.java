package nl.passend.domain.absence;

import nl.passend.domain.common.Validation;

/**
 * Verzuimnormen: the thresholds of the absence classification and the national target (policy data;
 * R-TZ-1, R-TZ-2).
 *
 * @param longTermWeeks more than this many consecutive school weeks of unexcused absence makes a
 *     thuiszitter (4)
 * @param truancyHours this many unexcused hours or more in the window is relative absence (16)
 * @param truancyWindowWeeks the window of consecutive school weeks (4)
 * @param hoursPerSchoolDay the hours a whole day of unexcused absence counts for (5; decided)
 * @param nationalTargetMonths nobody longer than this at home without an offer (3)
 */
public record AbsenceRules(int longTermWeeks, int truancyHours, int truancyWindowWeeks, int hoursPerSchoolDay, int nationalTargetMonths) {
  /** Validates the rules. */
  public AbsenceRules {
    Validation.require(longTermWeeks >= 1 && longTermWeeks <= 52, "longTermWeeks", "must be 1 to 52");
    Validation.require(truancyHours >= 1 && truancyHours <= 200, "truancyHours", "must be 1 to 200");
    Validation.require(truancyWindowWeeks >= 1 && truancyWindowWeeks <= 52, "truancyWindowWeeks", "must be 1 to 52");
    Validation.require(hoursPerSchoolDay >= 1 && hoursPerSchoolDay <= 12, "hoursPerSchoolDay", "must be 1 to 12");
    Validation.require(nationalTargetMonths >= 1 && nationalTargetMonths <= 24, "nationalTargetMonths", "must be 1 to 24");
  }

  /** The national rules: more than 4 weeks; 16 hours in 4 weeks; 5 hours a day; 3 months. */
  public static AbsenceRules national() {
    return new AbsenceRules(4, 16, 4, 5, 3);
  }
}
