package nl.passend.adapters.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.Region;
import org.junit.jupiter.api.Test;

/** The holiday file (R-DL-4): CSV, one period a line, per region, with comments. */
class FileSchoolCalendarSourceTest {

  @Test
  void holidayFileIsReadPerRegion() throws Exception {
    String file = """
        # region,name,first,last   (test data)
        NORTH,autumn,2025-10-18,2025-10-26
        south,"autumn, south",2025-10-11,2025-10-19   # other region

        MIDDLE,christmas,2025-12-20,2026-01-04
        """;
    var calendars = FileSchoolCalendarSource.read(new StringReader(file));
    HolidayCalendar north = calendars.get(Region.NORTH);
    assertThat(north.holidays()).hasSize(1);
    assertThat(north.isHoliday(LocalDate.of(2025, 10, 18))).isTrue();
    assertThat(north.holidayDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31))).isEqualTo(9);
    assertThat(calendars.get(Region.SOUTH).holidays()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("autumn, south");
      assertThat(p.last()).isEqualTo("2025-10-19");
    });
    assertThat(calendars.get(Region.MIDDLE).isHoliday(LocalDate.of(2026, 1, 4))).isTrue();
  }

  @Test
  void aBadLineIsNamed() {
    assertThatThrownBy(() -> FileSchoolCalendarSource.read(new StringReader("NORTH,x,2025-13-01,2025-10-02")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 1").hasMessageContaining("ISO dates");
    assertThatThrownBy(() -> FileSchoolCalendarSource.read(new StringReader("# header\nWEST,x,2025-10-01,2025-10-02")))
        .hasMessageContaining("line 2").hasMessageContaining("region");
    assertThatThrownBy(() -> FileSchoolCalendarSource.read(new StringReader("NORTH,x,2025-10-01")))
        .hasMessageContaining("region,name,first,last");
    assertThatThrownBy(() -> FileSchoolCalendarSource.read(new StringReader(
        "NORTH,a,2025-01-01,2025-01-10\nNORTH,b,2025-01-05,2025-01-12\n"))).hasMessageContaining("overlaps");
  }
}
