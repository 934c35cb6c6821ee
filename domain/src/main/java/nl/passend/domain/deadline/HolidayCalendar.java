package nl.passend.domain.deadline;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.passend.domain.common.InvalidValueException;

/**
 * Vakantierooster: a {@link SchoolCalendar} of holiday periods, read from a plain file with one period
 * a line, {@code region,name,first,last} (ISO dates, inclusive); {@code #} starts a comment. The
 * periods may not overlap.
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

  /**
   * Reads the periods of {@code region} from a holiday file; lines of other regions are skipped.
   *
   * @throws InvalidValueException naming the line when a line is malformed
   */
  public static HolidayCalendar parse(Reader reader, Region region) throws IOException {
    List<HolidayPeriod> periods = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split(",", -1);
      if (parts.length != 4) {
        throw new InvalidValueException("line " + number, "expected region,name,first,last");
      }
      Region lineRegion;
      try {
        lineRegion = Region.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException("line " + number, "region must be NORTH, MIDDLE or SOUTH");
      }
      try {
        HolidayPeriod period = new HolidayPeriod(lineRegion, parts[1], LocalDate.parse(parts[2].strip()), LocalDate.parse(parts[3].strip()));
        if (lineRegion == region) {
          periods.add(period);
        }
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("line " + number, "dates must be ISO dates (YYYY-MM-DD)");
      } catch (InvalidValueException e) {
        throw new InvalidValueException("line " + number, e.getMessage());
      }
    }
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
