package nl.passend.domain.decision;

import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Regels voor toelaatbaarheidsverklaringen: a partnership's rules on duration and review (R-TLV-6..8).
 *
 * @param vsoAtLeastOneFullSchoolYear whether a VSO statement lasts at least one full school year
 *     ({@code 000:L2502}, {@code 001:L835}; the national rule)
 * @param returnReviewMonthsBeforeEnd how many months before the end of a VSO statement the review of a
 *     return to regular VO starts ({@code vo-31-02}: 5, R-TLV-7)
 * @param observationPlacementMaxWeeks the longest observation placement, when the partnership has them
 *     ({@code vo-22-01}: 12, R-TLV-8)
 * @param durationFollowsExitDestination whether a VSO statement's duration follows the expected exit
 *     destination ({@code vo-31-02}, R-TLV-11: further education gets the legal minimum)
 */
public record StatementRules(
    boolean vsoAtLeastOneFullSchoolYear, Optional<Integer> returnReviewMonthsBeforeEnd, Optional<Integer> observationPlacementMaxWeeks,
    boolean durationFollowsExitDestination) {

  /** Validates the rules. */
  public StatementRules {
    Validation.present(returnReviewMonthsBeforeEnd, "returnReviewMonthsBeforeEnd");
    returnReviewMonthsBeforeEnd.ifPresent(m -> Validation.require(m >= 1 && m <= 24, "returnReviewMonthsBeforeEnd", "must be 1 to 24 months"));
    Validation.present(observationPlacementMaxWeeks, "observationPlacementMaxWeeks");
    observationPlacementMaxWeeks.ifPresent(w -> Validation.require(w >= 1 && w <= 52, "observationPlacementMaxWeeks", "must be 1 to 52 weeks"));
  }

  /** Rules whose duration does not follow the exit destination. */
  public StatementRules(boolean vsoAtLeastOneFullSchoolYear, Optional<Integer> returnReviewMonthsBeforeEnd,
      Optional<Integer> observationPlacementMaxWeeks) {
    this(vsoAtLeastOneFullSchoolYear, returnReviewMonthsBeforeEnd, observationPlacementMaxWeeks, false);
  }

  /** These rules with the duration following the expected exit destination (R-TLV-11, {@code vo-31-02}). */
  public StatementRules withDurationByExitDestination() {
    return new StatementRules(vsoAtLeastOneFullSchoolYear, returnReviewMonthsBeforeEnd, observationPlacementMaxWeeks, true);
  }

  /** The national rule only: VSO at least one full school year, no review term, no observation placements. */
  public static StatementRules defaults() {
    return new StatementRules(true, Optional.empty(), Optional.empty());
  }
}
