package nl.passend.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.Validation;

/**
 * Baten per kalenderjaar: income from school-year rates (R-FIN-1, R-FIN-2). The personnel part of
 * calendar year X is rate × (7/12 × count(1 Oct X−2) + 5/12 × count(1 Oct X−1)); the material part is
 * rate × count(1 Oct X−1) ({@code 004:L1649-1652}, checked against the {@code po-22-01} budget).
 * Amounts are exact and rounded half-up to cents. From the simplification (PO from 2023, VO from
 * 2022; SPEC version 2) the split ends: {@link #amount} chooses the formula by the year.
 */
public final class IncomeCalculator {
  private static final BigDecimal SEVEN_TWELFTHS = BigDecimal.valueOf(7);
  private static final BigDecimal FIVE_TWELFTHS = BigDecimal.valueOf(5);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private IncomeCalculator() {}

  /** How the counts make a calendar year's amount (R-FIN-2), chosen by year. */
  public enum Formula {
    /** Before the simplification: rate × (7/12 × count(1 Oct X−2) + 5/12 × count(1 Oct X−1)). */
    SPLIT_OVER_SCHOOL_YEARS,
    /** PO from calendar year 2023: rate × count(1 Feb X−1). */
    FEBRUARY_COUNT_OF_YEAR_BEFORE,
    /** VO from calendar year 2022: rate × count(1 Oct X−1). */
    OCTOBER_COUNT_OF_YEAR_BEFORE
  }

  /** The first calendar year of the simplified PO funding (R-FIN-2, R-FIN-4). */
  public static final int PO_SIMPLIFIED_FROM_YEAR = 2023;
  /** The first calendar year of the simplified VO funding (R-FIN-2). */
  public static final int VO_SIMPLIFIED_FROM_YEAR = 2022;

  /** The formula in force for a sector in a calendar year (R-FIN-2: effective-dated). */
  public static Formula formula(nl.passend.domain.organisation.Sector sector, int year) {
    Validation.present(sector, "sector");
    return switch (sector) {
      case PO -> year >= PO_SIMPLIFIED_FROM_YEAR ? Formula.FEBRUARY_COUNT_OF_YEAR_BEFORE : Formula.SPLIT_OVER_SCHOOL_YEARS;
      case VO -> year >= VO_SIMPLIFIED_FROM_YEAR ? Formula.OCTOBER_COUNT_OF_YEAR_BEFORE : Formula.SPLIT_OVER_SCHOOL_YEARS;
    };
  }

  /** The count dates the formula of the sector and year reads, in the order {@link #amount} takes them. */
  public static java.util.List<java.time.LocalDate> countDates(nl.passend.domain.organisation.Sector sector, int year) {
    return switch (formula(sector, year)) {
      case SPLIT_OVER_SCHOOL_YEARS -> java.util.List.of(java.time.LocalDate.of(year - 2, 10, 1), java.time.LocalDate.of(year - 1, 10, 1));
      case FEBRUARY_COUNT_OF_YEAR_BEFORE -> java.util.List.of(java.time.LocalDate.of(year - 1, 2, 1));
      case OCTOBER_COUNT_OF_YEAR_BEFORE -> java.util.List.of(java.time.LocalDate.of(year - 1, 10, 1));
    };
  }

  /**
   * The amount of calendar year {@code year} for a rate, with the formula in force for the sector in
   * that year (R-FIN-2): the counts are looked up by count date.
   *
   * @throws nl.passend.domain.common.InvalidValueException naming {@code counts} when a count date the
   *     formula needs is missing
   */
  public static Money amount(nl.passend.domain.organisation.Sector sector, int year, Money rate, java.util.Map<java.time.LocalDate, Long> counts) {
    Validation.present(rate, "rate");
    Validation.present(counts, "counts");
    java.util.List<Long> values = new java.util.ArrayList<>();
    for (java.time.LocalDate date : countDates(sector, year)) {
      Long count = counts.get(date);
      Validation.require(count != null, "counts", "the %s formula of %s needs the count of %s (R-FIN-2)", sector, year, date);
      values.add(count);
    }
    return formula(sector, year) == Formula.SPLIT_OVER_SCHOOL_YEARS ? personnel(rate, values.get(0), values.get(1)) : material(rate, values.get(0));
  }

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
