package nl.passend.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.Validation;

/**
 * Baten per kalenderjaar: income from school-year rates (R-FIN-1, R-FIN-2). The personnel part of
 * calendar year X is rate × (7/12 × count(1 Oct X−2) + 5/12 × count(1 Oct X−1)); the material part is
 * rate × count(1 Oct X−1) ({@code 004:L1649-1652}, checked against the {@code po-22-01} budget).
 * Amounts are exact and rounded half-up to cents.
 */
public final class IncomeCalculator {
  private static final BigDecimal SEVEN_TWELFTHS = BigDecimal.valueOf(7);
  private static final BigDecimal FIVE_TWELFTHS = BigDecimal.valueOf(5);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private IncomeCalculator() {}

  /**
   * The personnel part of a calendar year.
   *
   * @param rate the school-year rate per student
   * @param countTwoYearsBefore the count of 1 October of X−2
   * @param countYearBefore the count of 1 October of X−1
   */
  public static Money personnel(Money rate, long countTwoYearsBefore, long countYearBefore) {
    Validation.require(countTwoYearsBefore >= 0 && countYearBefore >= 0, "counts", "must not be negative");
    // rate × (7 × a + 5 × b) / 12, exact until the one rounding to cents.
    BigDecimal weighted = SEVEN_TWELFTHS.multiply(BigDecimal.valueOf(countTwoYearsBefore))
        .add(FIVE_TWELFTHS.multiply(BigDecimal.valueOf(countYearBefore)));
    BigDecimal cents = BigDecimal.valueOf(rate.cents()).multiply(weighted).divide(TWELVE, 0, RoundingMode.HALF_UP);
    return Money.ofCents(cents.longValueExact());
  }

  /** The material part of a calendar year: rate × count(1 Oct X−1). */
  public static Money material(Money rate, long countYearBefore) {
    Validation.require(countYearBefore >= 0, "count", "must not be negative");
    return rate.times(countYearBefore);
  }

  /**
   * The light-support income of a calendar year (personnel and material) from BO counts of 1 October
   * of the two years before.
   */
  public static Money light(SupportRates rates, long boTwoYearsBefore, long boYearBefore) {
    return personnel(rates.lightPersonnel(), boTwoYearsBefore, boYearBefore).plus(material(rates.lightMaterial(), boYearBefore));
  }

  /** The heavy-support income of a calendar year from the counts (BO + SBO in PO) of 1 October of the two years before. */
  public static Money heavy(SupportRates rates, long countTwoYearsBefore, long countYearBefore) {
    return personnel(rates.heavyPersonnel(), countTwoYearsBefore, countYearBefore).plus(material(rates.heavyMaterial(), countYearBefore));
  }
}
