package nl.passend.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.InvalidValueException;

/**
 * Didactische leeftijd en leeftijdsequivalent: a learning result as didactic age (DL) and didactic
 * age equivalent (DLE) in school months, 10 a year; the end of group 8 is DL 60 (SPEC §5.4).
 *
 * @param dl the didactic age, the months of education followed (1 to 200)
 * @param dle the level reached, in months (0 to {@code dl})
 */
public record DomainResult(int dl, int dle) {
  /** Validates the result (R-CRI-X): DLE not negative and not above DL. */
  public DomainResult {
    if (dl < 1 || dl > 200) {
      throw new InvalidValueException("dl", "must be 1 to 200 school months, but was " + dl + " (R-CRI-X)");
    }
    if (dle < 0 || dle > dl) {
      throw new InvalidValueException("dle", "must be 0 to the DL of " + dl + ", but was " + dle + " (R-CRI-X)");
    }
  }

  /** The learning delay in percent, {@code (DL - DLE) / DL × 100}, exact to 4 decimals for display. */
  public BigDecimal delayPercent() {
    return BigDecimal.valueOf((long) (dl - dle) * 100).divide(BigDecimal.valueOf(dl), 4, RoundingMode.HALF_UP);
  }

  /** Whether the delay is at least {@code percent}, compared exactly (no rounding). */
  public boolean delayAtLeast(int percent) {
    return (long) (dl - dle) * 100 >= (long) percent * dl;
  }

  /** Whether the delay is below {@code percent}, compared exactly. */
  public boolean delayBelow(int percent) {
    return !delayAtLeast(percent);
  }
}
