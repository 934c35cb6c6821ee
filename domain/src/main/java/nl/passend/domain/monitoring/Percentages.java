package nl.passend.domain.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import nl.passend.domain.common.Validation;

/**
 * Percentages (R-MON-4): computed exactly and rounded half-up to the decimals asked for only when
 * presented.
 */
public final class Percentages {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  /** {@code part / whole × 100}, rounded half-up to {@code decimals}. */
  public static BigDecimal of(long part, long whole, int decimals) {
    Validation.require(whole > 0, "denominator", "must be more than zero");
    Validation.require(part >= 0, "count", "must not be negative");
    Validation.require(decimals >= 0 && decimals <= 10, "decimals", "must be 0 to 10, but was %d", decimals);
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
  }

  /** The exact value to 34 significant digits, for sums and comparisons before presentation. */
  public static BigDecimal exact(long part, long whole) {
    Validation.require(whole > 0, "denominator", "must be more than zero");
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
  }

  /** Whether {@code part / whole} is at most {@code percent} percent, compared exactly. */
  public static boolean atMost(long part, long whole, BigDecimal percent) {
    Validation.require(whole > 0, "denominator", "must be more than zero");
    return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) <= 0;
  }
}
