package nl.passend.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import nl.passend.domain.common.Validation;

/**
 * Algemene termijnenwet: the general holidays of art. 3 (New Year's Day, Easter Monday, King's Day,
 * 5 May, Ascension Day, Whit Monday, Christmas Day and Boxing Day), computed per year, and the rule
 * of art. 1 that a statutory term ending on a Saturday, a Sunday or a general holiday ends on the
 * next day that is none of these (R-DL-9, R-ZP-1). Pure: the dates follow from the calendar alone.
 *
 * <p>King's Day is 27 April, or 26 April when 27 April is a Sunday (Wet van 2013 on the King's
 * birthday). Easter follows the Gregorian computus (the anonymous algorithm of Meeus/Jones/Butcher).
 */
public final class GeneralHolidays {
  private GeneralHolidays() {}

  /** Easter Sunday of the year (Gregorian calendar). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** King's Day of the year: 27 April, or 26 April when the 27th is a Sunday. */
  public static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, Month.APRIL, 27);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /** Whether the date is a general holiday of art. 3 Algemene termijnenwet. */
  public static boolean isGeneralHoliday(LocalDate date) {
    Validation.present(date, "date");
    int year = date.getYear();
    int month = date.getMonthValue();
    int dayOfMonth = date.getDayOfMonth();
    if ((month == 1 && dayOfMonth == 1) || (month == 5 && dayOfMonth == 5) || (month == 12 && (dayOfMonth == 25 || dayOfMonth == 26))) {
      return true;
    }
    if (date.equals(kingsDay(year))) {
      return true;
    }
    if (month < 3 || month > 6) {
      return false;
    }
    LocalDate easter = easterSunday(year);
    return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50));
  }

  /** Whether a statutory term may end on the date: no Saturday, Sunday or general holiday. */
  public static boolean isTermDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isGeneralHoliday(date);
  }

  /**
   * The last day of a statutory term that would end on {@code end} (art. 1 Algemene termijnenwet):
   * {@code end} itself, or the next day that is no Saturday, Sunday or general holiday.
   */
  public static LocalDate termEnd(LocalDate end) {
    Validation.present(end, "end");
    LocalDate day = end;
    while (!isTermDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
