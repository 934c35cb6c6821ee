package nl.passend.domain.deadline;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.passend.domain.common.InvalidValueException;

/**
 * Vakantierooster: a {@link SchoolCalendar} of holiday periods of one region; the periods may not
 * overlap. Reading them from a file is an adapter's job (the server's holiday file).
 */
public final class HolidayCalendar implements SchoolCalendar {
  private final List<HolidayPeriod> periods;
  private final LocalDate[] firsts;

  private HolidayCalendar(List<HolidayPeriod> periods) {
    List<HolidayPeriod> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(HolidayPeriod::first));
    for (int i = 1; i < sorted.size(); i++) {
      if (!sorted.get(i).first().isAfter(sorted.get(i - 1).last())) {
        throw new InvalidValueException("holidays", "'" + sorted.get(i).name() + "' overlaps '" + sorted.get(i - 1).name() + "'");
      }
    }
    this.periods = ImmutableList.copyOf(sorted);
    this.firsts = sorted.stream().map(HolidayPeriod::first).toArray(LocalDate[]::new);
  }

  /** A calendar of the given periods. */
  public static HolidayCalendar of(List<HolidayPeriod> periods) {
    return new HolidayCalendar(periods);
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    int index = floor(date);
    return index >= 0 && periods.get(index).contains(date);
  }

  @Override
  public long holidayDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long days = 0;
    for (int i = Math.max(0, floor(from)); i < periods.size(); i++) {
      HolidayPeriod p = periods.get(i);
      if (p.first().isAfter(to)) {
        break;
      }
      days += p.daysIn(from, to);
    }
    return days;
  }

  @Override
  public List<HolidayPeriod> holidays() {
    return periods;
  }

  /** The index of the last period starting on or before {@code date}, or -1. */
  private int floor(LocalDate date) {
    int lo = 0;
    int hi = firsts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!firsts[mid].isAfter(date)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
