package nl.passend.adapters.system;

import java.io.IOException;
import nl.passend.formats.CsvTable;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.HolidayPeriod;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * School calendars from the holiday file named by {@code PASSEND_CALENDAR_FILE}; without one,
 * calendars without holidays. Passend ships no holiday dates: each partnership supplies the ones its
 * committee keeps.
 *
 * <p>The file is CSV (read by {@link CsvTable}), one period a line: {@code region,name,first,last}
 * with the region NORTH, MIDDLE or SOUTH and ISO dates, both inclusive. {@code #} starts a comment,
 * on a line of its own or after the last cell. The periods of a region may not overlap.
 */
public final class FileSchoolCalendarSource implements SchoolCalendarSource {
  private final Map<Region, SchoolCalendar> calendars = new EnumMap<>(Region.class);

  /**
   * The calendars of a holiday file, or calendars without holidays when there is no file.
   *
   * @throws IOException when the file cannot be read
   * @throws nl.passend.domain.common.InvalidValueException naming the line of the first bad period
   */
  public FileSchoolCalendarSource(Optional<Path> file) throws IOException {
    if (file.isPresent()) {
      try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        calendars.putAll(read(reader));
      }
    }
  }

  /**
   * The calendar of each region in a holiday file.
   *
   * @throws InvalidValueException naming the line of the first bad period
   */
  public static Map<Region, HolidayCalendar> read(Reader reader) throws IOException {
    Map<Region, List<HolidayPeriod>> periods = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      periods.put(region, new ArrayList<>());
    }
    for (CsvTable.Row row : CsvTable.read(reader)) {
      List<String> cells = CsvTable.withoutComment(row.cells());
      if (cells.isEmpty()) {
        continue;
      }
      String where = "line " + row.line();
      if (cells.size() != 4) {
        throw new InvalidValueException(where, "expected region,name,first,last");
      }
      Region region;
      try {
        region = Region.valueOf(cells.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(where, "region must be NORTH, MIDDLE or SOUTH");
      }
      try {
        periods.get(region).add(new HolidayPeriod(region, cells.get(1), LocalDate.parse(cells.get(2)), LocalDate.parse(cells.get(3))));
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(where, "dates must be ISO dates (YYYY-MM-DD)");
      } catch (InvalidValueException e) {
        throw new InvalidValueException(where, e.getMessage());
      }
    }
    Map<Region, HolidayCalendar> calendars = new EnumMap<>(Region.class);
    periods.forEach((region, list) -> calendars.put(region, HolidayCalendar.of(list)));
    return calendars;
  }

  @Override
  public SchoolCalendar calendarFor(PartnershipPolicy policy) {
    return policy.calendarRegion().map(calendars::get).orElse(null) != null
        ? calendars.get(policy.calendarRegion().get()) : SchoolCalendar.none();
  }
}
