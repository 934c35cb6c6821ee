package nl.passend.domain.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.passend.domain.common.Validation;

/**
 * Schoolvakantie: one holiday of a region, from its first to its last day inclusive.
 *
 * @param region the region
 * @param name its name (e.g. herfstvakantie)
 * @param first the first day
 * @param last the last day
 */
public record HolidayPeriod(Region region, String name, LocalDate first, LocalDate last) {
  /** Validates the period: it ends on or after its first day and lasts at most 92 days. */
  public HolidayPeriod {
    Validation.present(region, "region");
    name = Validation.text(name, "name");
    Validation.present(first, "first");
    Validation.present(last, "last");
    Validation.require(!last.isBefore(first), "last", "the holiday '%s' ends (%s) before it starts (%s)", name, last, first);
    Validation.require(ChronoUnit.DAYS.between(first, last) < 92, "last", "the holiday '%s' lasts more than 92 days", name);
  }

  /** Whether the date falls in the holiday. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** The number of holiday days in the interval after {@code from} up to and including {@code to}. */
  long daysIn(LocalDate from, LocalDate to) {
    LocalDate start = first.isAfter(from) ? first : from.plusDays(1);
    LocalDate end = last.isBefore(to) ? last : to;
    return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
  }
}
