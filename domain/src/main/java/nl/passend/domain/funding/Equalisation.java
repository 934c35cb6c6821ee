package nl.passend.domain.funding;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import nl.passend.domain.common.Validation;
import nl.passend.domain.time.SchoolYear;

/**
 * Verevening: the equalisation of heavy-support budgets, phased out by a percentage per school year
 * to 0% in 2020/21 (R-FIN-6; {@code po-22-01}: € 716.814 at 100% in 2015/16, then 90%, 75%, 60%, 30%,
 * 0%, {@code 004:L1656}). The calendar-year amount follows the 7/12 - 5/12 rule over the two school
 * years that overlap the calendar year.
 *
 * <p>The material part (SPEC version 2, {@code 004:L1707}) follows the school year that starts in the
 * calendar year: {@code po-22-01} € 27.918 at 100% gives 20.939 (75%, 2017), 16.751 (60%, 2018) and
 * 8.375 (30%, 2019) in whole euros.
 *
 * @param amountAtFullRate the yearly personnel amount at 100%
 * @param percentages the percentage per school year; a school year not listed is 0%
 * @param materialAtFullRate the yearly material amount at 100% (zero when the policy has none)
 */
public record Equalisation(Money amountAtFullRate, Map<SchoolYear, BigDecimal> percentages, Money materialAtFullRate) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates the percentages: 0 to 100. */
  public Equalisation {
    Validation.present(amountAtFullRate, "amountAtFullRate");
    Validation.present(materialAtFullRate, "materialAtFullRate");
    percentages = ImmutableSortedMap.copyOf(Validation.present(percentages, "percentages"));
    percentages.forEach((y, p) -> Validation.require(p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, "percentages",
        "the percentage of %s must be 0 to 100, but was %s", y, p.toPlainString()));
  }

  /** An equalisation with a personnel part only. */
  public Equalisation(Money amountAtFullRate, Map<SchoolYear, BigDecimal> percentages) {
    this(amountAtFullRate, percentages, Money.ZERO);
  }

  /**
   * The material part of calendar year X: the material amount × pct(school year X/X+1), the school
   * year that starts in X (R-FIN-6), rounded half-up to cents.
   */
  public Money material(int year) {
    BigDecimal cents = BigDecimal.valueOf(materialAtFullRate.cents()).multiply(percentage(SchoolYear.startingIn(year)))
        .divide(HUNDRED, 0, RoundingMode.HALF_UP);
    return Money.ofCents(cents.longValueExact());
  }

  /** The percentage of a school year (0 when not listed). */
  public BigDecimal percentage(SchoolYear year) {
    return percentages.getOrDefault(year, BigDecimal.ZERO);
  }

  /**
   * The amount of calendar year X: full amount × (7/12 × pct(school year X−1/X) + 5/12 × pct(X/X+1)),
   * rounded half-up to cents.
   */
  public Money calendarYear(int year) {
    BigDecimal weighted = BigDecimal.valueOf(7).multiply(percentage(SchoolYear.startingIn(year - 1)))
        .add(BigDecimal.valueOf(5).multiply(percentage(SchoolYear.startingIn(year))));
    BigDecimal cents = BigDecimal.valueOf(amountAtFullRate.cents()).multiply(weighted)
        .divide(BigDecimal.valueOf(1200), 0, RoundingMode.HALF_UP);
    return Money.ofCents(cents.longValueExact());
  }
}
