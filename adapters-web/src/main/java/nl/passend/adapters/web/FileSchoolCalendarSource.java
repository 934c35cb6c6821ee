package nl.passend.adapters.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * School calendars from the holiday file named by {@code PASSEND_CALENDAR_FILE}
 * ({@code region,name,first,last} a line); without one, calendars without holidays. Passend ships no
 * holiday dates: each partnership supplies the ones its committee keeps.
 */
final class FileSchoolCalendarSource implements SchoolCalendarSource {
  private final Map<Region, SchoolCalendar> calendars = new EnumMap<>(Region.class);

  FileSchoolCalendarSource(Optional<Path> file) throws IOException {
    if (file.isPresent()) {
      for (Region region : Region.values()) {
        try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
          calendars.put(region, HolidayCalendar.parse(reader, region));
        }
      }
    }
  }

  @Override
  public SchoolCalendar calendarFor(PartnershipPolicy policy) {
    return policy.calendarRegion().map(calendars::get).orElse(null) != null
        ? calendars.get(policy.calendarRegion().get()) : SchoolCalendar.none();
  }
}
