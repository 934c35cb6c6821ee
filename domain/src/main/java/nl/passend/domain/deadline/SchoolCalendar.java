package nl.passend.domain.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * Schoolkalender: the school holidays a partnership's committee keeps (R-DL-4). Schools and
 * committees set their own holidays within the ministry's advisory dates, so each partnership
 * supplies its calendar; {@link HolidayCalendar} reads one from a plain file.
 */
public interface SchoolCalendar {
  /** Whether the date falls in a school holiday. */
  boolean isHoliday(LocalDate date);

  /** The number of holiday days after {@code from} up to and including {@code to}. */
  long holidayDaysBetween(LocalDate from, LocalDate to);

  /** The holidays, ordered by first day. */
  List<HolidayPeriod> holidays();

  /** A calendar without holidays. */
  static SchoolCalendar none() {
    return HolidayCalendar.of(List.of());
  }
}
