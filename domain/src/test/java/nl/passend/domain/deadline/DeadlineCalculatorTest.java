package nl.passend.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.passend.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {
  /** A test calendar (not real dates): autumn and Christmas holidays of an invented year. */
  static final HolidayCalendar TEST_CALENDAR = HolidayCalendar.of(List.of(
      new HolidayPeriod(Region.NORTH, "autumn", LocalDate.of(2025, 10, 18), LocalDate.of(2025, 10, 26)),
      new HolidayPeriod(Region.NORTH, "christmas", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 4)),
      new HolidayPeriod(Region.NORTH, "spring", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22))));

  private static final DeadlineCalculator PO = new DeadlineCalculator(DeadlineRules.standard(false), SchoolCalendar.none());
  private static final DeadlineCalculator VO2201 = new DeadlineCalculator(DeadlineRules.standard(true), TEST_CALENDAR);

  @Test
  void apiExampleForPo2201_R_DL_1_R_DL_2_R_DL_3() {
    Deadlines d = PO.admissibility(LocalDate.of(2025, 3, 3));
    assertThat(d.get("acknowledgeBy")).isEqualTo("2025-03-10");
    assertThat(d.get("requestInformationBy")).isEqualTo("2025-03-17");
    assertThat(d.get("decideBy")).isEqualTo("2025-03-31");
    assertThat(d.get("decideByExtended")).isEqualTo("2025-04-28");
    assertThat(d.dates().keySet()).containsExactly("acknowledgeBy", "requestInformationBy", "decideBy", "decideByExtended");
  }

  @Test
  void suspensionMovesTheDecisionTerms_R_DL_2() {
    Deadlines d = PO.admissibility(LocalDate.of(2025, 3, 3), 10);
    assertThat(d.get("acknowledgeBy")).isEqualTo("2025-03-10");
    assertThat(d.get("decideBy")).isEqualTo("2025-04-10");
    assertThat(d.get("decideByExtended")).isEqualTo("2025-05-08");
  }

  @ParameterizedTest(name = "R-DL-4 received {0}: decideBy {1}")
  @CsvSource({
      // No holiday in the window: 4 weeks.
      "2025-09-01, 2025-09-29",
      // The autumn holiday (9 days) falls inside the window: 9 days later.
      "2025-10-06, 2025-11-12",
      // Four weeks would end in the Christmas holiday: shifted by its days inside, past it to a working day.
      "2025-12-01, 2026-01-14"})
  void vo2201ShiftsOverSchoolHolidays(LocalDate received, LocalDate decideBy) {
    assertThat(VO2201.admissibility(received).get("decideBy")).isEqualTo(decideBy);
  }

  @Test
  void aDeadlineThatWouldFallInAHolidayMovesPastIt_R_DL_4() {
    // Received on the Friday before the spring holiday: one week would end on 20 February, inside it.
    // The 9 holiday days are added, so the week of meeting days ends on Sunday 1 March.
    LocalDate ack = VO2201.admissibility(LocalDate.of(2026, 2, 13)).get("acknowledgeBy");
    assertThat(TEST_CALENDAR.isHoliday(ack)).isFalse();
    assertThat(ack).isEqualTo("2026-03-01");
    assertThat(ack.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    // Without the shift (po-22-01) the same receipt gives 20 February.
    assertThat(PO.admissibility(LocalDate.of(2026, 2, 13)).get("acknowledgeBy")).isEqualTo("2026-02-20");
  }

  @Test
  void placementDuty_R_ZP_1() {
    Deadlines d = PO.placementDuty(LocalDate.of(2025, 3, 3));
    assertThat(d.get("decideBy")).isEqualTo("2025-04-14");
    assertThat(d.get("decideByExtended")).isEqualTo("2025-05-12");
  }

  @Test
  void objection_R_DL_9() {
    Deadlines d = PO.objection(LocalDate.of(2025, 3, 3));
    assertThat(d.get("objectBy")).isEqualTo("2025-04-14");
    assertThat(d.get("decideBy")).isEqualTo("2025-07-07");
    assertThat(d.get("decideByExtended")).isEqualTo("2025-08-18");
    assertThat(PO.objectionAdviceRequestBy(LocalDate.of(2025, 4, 1))).isEqualTo("2025-04-15");
  }

  @Test
  void developmentPlanStartAndAdmission_R_OPP_3_R_DL_7() {
    assertThat(PO.developmentPlan(LocalDate.of(2025, 3, 3)).get("drawUpBy")).isEqualTo("2025-04-14");
    assertThat(PO.startAfterStatement(LocalDate.of(2025, 3, 3)).get("startBy")).isEqualTo("2025-04-14");
    assertThat(PO.admissionDecisionBy(LocalDate.of(2025, 3, 3))).isEqualTo("2025-03-31");
  }

  @Test
  void holidayFileIsParsedPerRegion() throws IOException {
    String file = """
        # region,name,first,last   (test data)
        NORTH,autumn,2025-10-18,2025-10-26
        south,autumn,2025-10-11,2025-10-19   # other region
        """;
    HolidayCalendar north = HolidayCalendar.parse(new StringReader(file), Region.NORTH);
    assertThat(north.holidays()).hasSize(1);
    assertThat(north.isHoliday(LocalDate.of(2025, 10, 18))).isTrue();
    assertThat(north.isHoliday(LocalDate.of(2025, 10, 27))).isFalse();
    assertThat(north.holidayDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31))).isEqualTo(9);
    assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("NORTH,x,2025-13-01,2025-10-02"), Region.NORTH))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> HolidayCalendar.parse(new StringReader("WEST,x,2025-10-01,2025-10-02"), Region.NORTH))
        .hasMessageContaining("region");
    assertThatThrownBy(() -> HolidayCalendar.of(List.of(
        new HolidayPeriod(Region.NORTH, "a", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)),
        new HolidayPeriod(Region.NORTH, "b", LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 12)))))
        .hasMessageContaining("overlaps");
  }

  @Provide
  Arbitrary<LocalDate> receipts() {
    return Arbitraries.integers().between(0, 700).map(d -> LocalDate.of(2025, 6, 1).plusDays(d));
  }

  @Provide
  Arbitrary<HolidayCalendar> calendars() {
    Arbitrary<HolidayPeriod> period = Arbitraries.integers().between(0, 60).flatMap(gap ->
        Arbitraries.integers().between(1, 20).map(len -> new HolidayPeriod(Region.NORTH, "h", LocalDate.of(2025, 6, 1).plusDays(gap),
            LocalDate.of(2025, 6, 1).plusDays(gap + len - 1))));
    return period.list().ofMaxSize(12).map(list -> {
      // Lay the periods one after another so that they never overlap.
      List<HolidayPeriod> laid = new java.util.ArrayList<>();
      LocalDate cursor = LocalDate.of(2025, 6, 1);
      for (HolidayPeriod p : list) {
        long gap = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 6, 1), p.first());
        long len = java.time.temporal.ChronoUnit.DAYS.between(p.first(), p.last());
        LocalDate first = cursor.plusDays(gap + 1);
        laid.add(new HolidayPeriod(Region.NORTH, "h" + laid.size(), first, first.plusDays(len)));
        cursor = first.plusDays(len);
      }
      return HolidayCalendar.of(laid);
    });
  }

  @Property
  void deadlinesAreNeverBeforeReceiptAndNeverOnAHolidayForVo2201(
      @ForAll("receipts") LocalDate received, @ForAll("calendars") HolidayCalendar calendar, @ForAll @IntRange(max = 60) int suspended) {
    DeadlineCalculator calc = new DeadlineCalculator(DeadlineRules.standard(true), calendar);
    Deadlines d = calc.admissibility(received, suspended);
    for (LocalDate date : d.dates().values()) {
      assertThat(date).isAfter(received);
      assertThat(calendar.isHoliday(date)).as("%s is a holiday", date).isFalse();
    }
  }

  @Property
  void anExtensionNeverShortensADeadline(
      @ForAll("receipts") LocalDate received, @ForAll("calendars") HolidayCalendar calendar, @ForAll boolean shift) {
    DeadlineCalculator calc = new DeadlineCalculator(DeadlineRules.standard(shift), calendar);
    Deadlines d = calc.admissibility(received);
    assertThat(d.get("decideByExtended")).isAfterOrEqualTo(d.get("decideBy"));
    assertThat(d.get("decideBy")).isAfterOrEqualTo(d.get("requestInformationBy"));
    assertThat(d.get("requestInformationBy")).isAfterOrEqualTo(d.get("acknowledgeBy"));
    Deadlines p = calc.placementDuty(received);
    assertThat(p.get("decideByExtended")).isAfterOrEqualTo(p.get("decideBy"));
    Deadlines o = calc.objection(received);
    assertThat(o.get("decideByExtended")).isAfterOrEqualTo(o.get("decideBy")).isAfter(o.get("objectBy"));
  }

  @Property
  void aCommitteeDeadlineCountsExactlyTheTermInDaysOutsideHolidays(
      @ForAll("receipts") LocalDate received, @ForAll("calendars") HolidayCalendar calendar) {
    DeadlineCalculator calc = new DeadlineCalculator(DeadlineRules.standard(true), calendar);
    LocalDate decideBy = calc.admissibility(received).get("decideBy");
    long outsideHolidays = java.time.temporal.ChronoUnit.DAYS.between(received, decideBy) - calendar.holidayDaysBetween(received, decideBy);
    // 28 days outside holidays, plus at most a weekend when it was moved out of a holiday.
    assertThat(outsideHolidays).isBetween(28L, 30L);
  }
}
