package nl.passend.domain.support;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Herzieningstermijn schoolondersteuningsprofiel: how often a school reviews its support profile
 * (R-SUP-3). By law at least every four years; {@code vo-31-02} every year ({@code 001:L1008});
 * {@code vo-22-01} every year before 1 August ({@code 000:L1712-1729}).
 *
 * @param intervalMonths the longest time between two reviews, 1 to 48 months
 * @param dueBefore a day of the year before which each year's review is done, when the policy sets one
 */
public record SupportProfileReview(int intervalMonths, Optional<MonthDay> dueBefore) {
  /** The legal maximum: every four years. */
  public static final SupportProfileReview LEGAL = new SupportProfileReview(48, Optional.empty());

  /** Validates the interval. */
  public SupportProfileReview {
    Validation.require(intervalMonths >= 1 && intervalMonths <= 48, "supportProfileReviewMonths",
        "a support profile is reviewed at least every 4 years (48 months), so 1 to 48 months, not %d (R-SUP-3)", intervalMonths);
    Validation.present(dueBefore, "supportProfileDueBefore");
  }

  /**
   * The last day on which the next review is on time, after a review on {@code reviewedOn}.
   *
   * <p>Decided: with a fixed day ("every year before 1 August"), a review counts for the first
   * such day after it, and the next is due before the same day a year later; the interval applies
   * as well, and the earlier of the two wins.
   */
  public LocalDate nextDueOn(LocalDate reviewedOn) {
    Validation.present(reviewedOn, "reviewedOn");
    LocalDate byInterval = reviewedOn.plusMonths(intervalMonths);
    if (dueBefore.isEmpty()) {
      return byInterval;
    }
    LocalDate satisfied = dueBefore.get().atYear(reviewedOn.getYear());
    if (!satisfied.isAfter(reviewedOn)) {
      satisfied = dueBefore.get().atYear(reviewedOn.getYear() + 1);
    }
    LocalDate byFixedDay = dueBefore.get().atYear(satisfied.getYear() + 1).minusDays(1);
    return byFixedDay.isBefore(byInterval) ? byFixedDay : byInterval;
  }
}
