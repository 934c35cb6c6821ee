package nl.passend.domain.support;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Arrangementenbeleid: a partnership's rules for arrangements (R-SUP-2, R-SUP-5).
 *
 * @param allowedTypes the kinds of arrangement the partnership grants
 * @param ambulatoryGuidanceInHours whether ambulante begeleiding is granted as hours, not money
 * @param reviewMonths after how many months an arrangement is reviewed, 1 to 12 (R-SUP-5)
 * @param synthesisClassCapacity the number of places in one syntheseklas, when it has them
 * @param synthesisClassReturnYears within how many years a syntheseklas student returns fully to a
 *     regular class
 */
public record ArrangementRules(
    Set<ArrangementType> allowedTypes,
    boolean ambulatoryGuidanceInHours,
    int reviewMonths,
    Optional<Integer> synthesisClassCapacity,
    int synthesisClassReturnYears) {

  /** Validates the rules. */
  public ArrangementRules {
    Validation.present(allowedTypes, "arrangementTypes");
    allowedTypes = ImmutableSortedSet.copyOf(allowedTypes);
    Validation.require(reviewMonths >= 1 && reviewMonths <= 12, "arrangementReviewMonths",
        "an arrangement is reviewed after 1 to 12 months (R-SUP-5), not %d", reviewMonths);
    Validation.present(synthesisClassCapacity, "synthesisClassCapacity");
    synthesisClassCapacity.ifPresent(c -> Validation.require(c >= 1 && c <= 40, "synthesisClassCapacity",
        "must be 1 to 40 places, but was %d", c));
    Validation.require(synthesisClassCapacity.isEmpty() || allowedTypes.contains(ArrangementType.SYNTHESIS_CLASS),
        "synthesisClassCapacity", "a capacity is given but the syntheseklas is not among the arrangement types");
    Validation.require(synthesisClassReturnYears >= 1 && synthesisClassReturnYears <= 6, "synthesisClassReturnYears",
        "must be 1 to 6 years, but was %d", synthesisClassReturnYears);
  }

  /** Every kind of arrangement, reviewed after 6 months (the SPEC's default, R-SUP-5). */
  public static ArrangementRules defaults() {
    return new ArrangementRules(Set.of(ArrangementType.values()), false, 6, Optional.empty(), 2);
  }

  /** Whether the partnership grants arrangements of this kind. */
  public boolean allows(ArrangementType type) {
    return allowedTypes.contains(type);
  }
}
