package nl.passend.domain.absence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import nl.passend.domain.common.Validation;
import nl.passend.domain.time.SchoolYear;

/**
 * Tellingen thuiszitters (R-TZ-4): counts at a date, over a school year and per quarter, and rates
 * per 1,000 of an explicit population.
 */
public final class OutOfSchoolStatistics {
  private OutOfSchoolStatistics() {}

  /** The cases open on {@code date}. */
  public static long countOn(Collection<OutOfSchoolCase> cases, LocalDate date) {
    return cases.stream().filter(c -> c.isOpenOn(date)).count();
  }

  /** The cases that started within {@code from}..{@code to} inclusive. */
  public static long newBetween(Collection<OutOfSchoolCase> cases, LocalDate from, LocalDate to) {
    return cases.stream().filter(c -> !c.startedOn().isBefore(from) && !c.startedOn().isAfter(to)).count();
  }

  /**
   * The count over a period: the cases open at its first day plus the new cases during the rest of it
   * (R-TZ-4, seed 003).
   */
  public static long countOver(Collection<OutOfSchoolCase> cases, LocalDate first, LocalDate last) {
    Validation.require(!last.isBefore(first), "last", "the period ends before it starts");
    return countOn(cases, first) + newBetween(cases, first.plusDays(1), last);
  }

  /** The count over a school year: open on 1 August plus new during the year. */
  public static long countOver(Collection<OutOfSchoolCase> cases, SchoolYear year) {
    return countOver(cases, year.firstDay(), year.lastDay());
  }

  /**
   * The count over a quarter of a school year ({@code vo-31-02} counts per quarter): quarter 1 is
   * August-October, 2 November-January, 3 February-April, 4 May-July.
   */
  public static long countOverQuarter(Collection<OutOfSchoolCase> cases, SchoolYear year, int quarter) {
    Validation.require(quarter >= 1 && quarter <= 4, "quarter", "must be 1 to 4, but was %d", quarter);
    LocalDate first = year.firstDay().plusMonths(3L * (quarter - 1));
    LocalDate last = first.plusMonths(3).minusDays(1);
    return countOver(cases, first, last);
  }

  /**
   * The rate per 1,000 of {@code population} (default population: residents aged 5 to 17 at the
   * count date, supplied by the caller), exact and rounded half-up to {@code decimals} (R-MON-4).
   */
  public static BigDecimal ratePerThousand(long count, long population, int decimals) {
    Validation.require(count >= 0, "count", "must not be negative");
    Validation.require(population > 0, "population", "must be positive, but was %d", population);
    Validation.require(decimals >= 0 && decimals <= 10, "decimals", "must be 0 to 10");
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(population), decimals, RoundingMode.HALF_UP);
  }
}
