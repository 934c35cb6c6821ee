package nl.passend.domain.time;

import java.time.LocalDate;
import java.time.Month;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;

/**
 * Peildatum / teldatum: a day on which students are counted for funding and monitoring, 1 October
 * or 1 February of a school year (R-STU-4, R-FIN-1, R-FIN-3).
 *
 * @param schoolYear the school year the date belongs to
 * @param kind which of the two count dates
 */
public record CountDate(SchoolYear schoolYear, Kind kind) implements Comparable<CountDate> {

  /** The two count dates of a school year. */
  public enum Kind {
    /** 1 October: the main count date. */
    OCTOBER_1,
    /** 1 February: the count for growth (groeiregeling). */
    FEBRUARY_1
  }

  /** Validates the count date. */
  public CountDate {
    Validation.present(schoolYear, "schoolYear");
    Validation.present(kind, "kind");
  }

  /** The count date that falls on {@code date}, which must be 1 October or 1 February. */
  public static CountDate of(LocalDate date) {
    Validation.present(date, "countDate");
    if (date.getDayOfMonth() == 1 && date.getMonth() == Month.OCTOBER) {
      return new CountDate(SchoolYear.containing(date), Kind.OCTOBER_1);
    }
    if (date.getDayOfMonth() == 1 && date.getMonth() == Month.FEBRUARY) {
      return new CountDate(SchoolYear.containing(date), Kind.FEBRUARY_1);
    }
    throw new InvalidValueException("countDate", date + " is not a count date (1 October or 1 February)");
  }

  /** The 1 October of calendar year {@code year}. */
  public static CountDate october1(int year) {
    return new CountDate(SchoolYear.startingIn(year), Kind.OCTOBER_1);
  }

  /** The calendar date. */
  public LocalDate date() {
    return kind == Kind.OCTOBER_1
        ? LocalDate.of(schoolYear.startYear(), Month.OCTOBER, 1)
        : LocalDate.of(schoolYear.endYear(), Month.FEBRUARY, 1);
  }

  @Override
  public int compareTo(CountDate other) {
    return date().compareTo(other.date());
  }

  @Override
  public String toString() {
    return date().toString();
  }
}
