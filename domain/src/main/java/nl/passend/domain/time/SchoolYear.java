package nl.passend.domain.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;

/**
 * Schooljaar: the year from 1 August to 31 July, written {@code 2024-2025} (R-STU-4).
 *
 * @param startYear the calendar year in which it starts
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

  /** Validates the year: between 1900 and 9998 so that both ends are four-digit years. */
  public SchoolYear {
    Validation.require(startYear >= 1900 && startYear <= 9998, "schoolYear", "must start between 1900 and 9998, but started in %d", startYear);
  }

  /** The school year that starts on 1 August of {@code startYear}. */
  public static SchoolYear startingIn(int startYear) {
    return new SchoolYear(startYear);
  }

  /** The school year a date falls in. */
  public static SchoolYear containing(LocalDate date) {
    Validation.present(date, "date");
    return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** Parses {@code 2024-2025}; the second year must follow the first. */
  public static SchoolYear parse(String text) {
    Validation.present(text, "schoolYear");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidValueException("schoolYear", "'" + text + "' is not a school year (expected form: 2024-2025)");
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    Validation.require(second == first + 1, "schoolYear", "'%s' is not a school year: the second year must follow the first", text);
    return new SchoolYear(first);
  }

  /** The calendar year in which it ends. */
  public int endYear() {
    return startYear + 1;
  }

  /** 1 August, its first day. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.AUGUST, 1);
  }

  /** 31 July, its last day. */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.JULY, 31);
  }

  /** Whether the date falls in this school year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** The school year after this one. */
  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  /** The school year before this one. */
  public SchoolYear previous() {
    return new SchoolYear(startYear - 1);
  }

  /** This school year moved by {@code years} (negative moves back). */
  public SchoolYear plusYears(int years) {
    return new SchoolYear(startYear + years);
  }

  /** The 1 October count date of this school year. */
  public CountDate october1() {
    return new CountDate(this, CountDate.Kind.OCTOBER_1);
  }

  /** The 1 February count date of this school year. */
  public CountDate february1() {
    return new CountDate(this, CountDate.Kind.FEBRUARY_1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** The form {@code 2024-2025}. */
  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}
