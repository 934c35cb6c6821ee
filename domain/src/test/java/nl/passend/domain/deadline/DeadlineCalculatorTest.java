package nl.passend.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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
    Deadlines d = PO.admissibility(LocalDate.of(2025, 3, 3), List.of(new ClockStop(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20))));
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
    // The 9 holiday days are skipped, so the week of meeting days ends on Sunday 1 March, which
    // SPEC version 2 moves to the first working day: Monday 2 March (version 1 left it on the Sunday).
    LocalDate ack = VO2201.admissibility(LocalDate.of(2026, 2, 13)).get("acknowledgeBy");
    assertThat(TEST_CALENDAR.isHoliday(ack)).isFalse();
    assertThat(ack).isEqualTo("2026-03-02");
    assertThat(ack.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
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
  void holidayPeriodsOfARegionMayNotOverlap() {
    HolidayCalendar north = HolidayCalendar.of(List.of(new HolidayPeriod(Region.NORTH, "autumn", LocalDate.of(2025, 10, 18),
        LocalDate.of(2025, 10, 26))));
    assertThat(north.isHoliday(LocalDate.of(2025, 10, 18))).isTrue();
    assertThat(north.isHoliday(LocalDate.of(2025, 10, 27))).isFalse();
    assertThat(north.holidayDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31))).isEqualTo(9);
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
      @ForAll("receipts") LocalDate received, @ForAll("calendars") HolidayCalendar calendar, @ForAll @IntRange(max = 20) int stopAfter,
      @ForAll @IntRange(max = 60) int stopDays, @ForAll boolean adviceStep) {
    // Catches a committee deadline left on a holiday or in a weekend where R-DL-4 moves it.
    DeadlineRules rules = adviceStep ? DeadlineRules.standard(true).withAdviceStep(1) : DeadlineRules.standard(true);
    DeadlineCalculator calc = new DeadlineCalculator(rules, calendar);
    LocalDate from = received.plusDays(stopAfter);
    Deadlines d = calc.admissibility(received, List.of(new ClockStop(from, from.plusDays(stopDays))));
    d.dates().forEach((name, date) -> {
      assertThat(date).isAfter(received);
      if (!name.startsWith("decideBy") || !adviceStep) {
        assertThat(calendar.isHoliday(date)).as("%s %s is a holiday", name, date).isFalse();
        assertThat(date.getDayOfWeek()).as("%s %s", name, date).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
    });
  }

  @Property
  void addingASuspensionNeverMovesADeadlineEarlier(
      @ForAll("receipts") LocalDate received, @ForAll("calendars") HolidayCalendar calendar, @ForAll boolean shift,
      @ForAll @IntRange(max = 40) int stopAfter, @ForAll @IntRange(max = 60) int stopDays) {
    // Catches a clock that subtracts suspended days from a term instead of not counting them (R-DL-2).
    DeadlineCalculator calc = new DeadlineCalculator(DeadlineRules.standard(shift), calendar);
    Deadlines without = calc.admissibility(received);
    LocalDate from = received.plusDays(stopAfter);
    Deadlines with = calc.admissibility(received, List.of(new ClockStop(from, from.plusDays(stopDays))));
    without.dates().forEach((name, date) -> assertThat(with.get(name)).as(name).isAfterOrEqualTo(date));
  }

  @Property
  void statutoryTermsNeverEndOnAWeekendOrGeneralHoliday(@ForAll("receipts") LocalDate notified, @ForAll boolean shift) {
    // Catches an objection or placement-duty term that ignores the Algemene termijnenwet (R-DL-9, R-ZP-1).
    DeadlineCalculator calc = new DeadlineCalculator(DeadlineRules.standard(shift), SchoolCalendar.none());
    for (Deadlines d : List.of(calc.objection(notified), calc.placementDuty(notified))) {
      d.dates().values().forEach(date -> {
        assertThat(GeneralHolidays.isTermDay(date)).as("%s", date).isTrue();
        assertThat(date).isAfter(notified);
      });
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
    // Catches a term that counts holiday days, or a move that goes past the first working day (R-DL-4).
    LocalDate day = received;
    for (int counted = 0; counted < 28; ) {
      day = day.plusDays(1);
      if (!calendar.isHoliday(day)) {
        counted++;
      }
    }
    // The 28th day outside holidays, or the first working day after it.
    for (LocalDate between = day; between.isBefore(decideBy); between = between.plusDays(1)) {
      assertThat(calendar.isHoliday(between) || between.getDayOfWeek().getValue() >= 6).as("%s lies before %s", between, decideBy).isTrue();
    }
    assertThat(decideBy).isAfterOrEqualTo(day);
  }

  @Test
  void aHolidayInsideASuspensionIsCountedOnce_R_DL_2_R_DL_4() {
    // Received 2025-10-06, information asked 2025-10-13 and received 2025-10-27, autumn holiday
    // 2025-10-18..26: 7 days count before the request, 21 from 28 October; the holiday lies inside the
    // suspension and is not added again. Version 1 added both and ended on 2025-11-26, 9 days late.
    Deadlines d = VO2201.admissibility(LocalDate.of(2025, 10, 6), List.of(new ClockStop(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 27))));
    assertThat(d.get("decideBy")).isEqualTo("2025-11-17");
  }

  @Test
  void aCommitteeDeadlineMovesOffTheWeekend_R_DL_4() {
    // Received on Saturday 2025-09-06: one week ends on Saturday 13 September, moved to Monday 15.
    assertThat(VO2201.admissibility(LocalDate.of(2025, 9, 6)).get("acknowledgeBy")).isEqualTo("2025-09-15");
  }

  @Test
  void theObjectionTermThatEndsOnEasterMondayEndsTheNextDay_R_DL_9() {
    // Notified 2025-03-10: six weeks end on Easter Monday 2025-04-21, a general holiday (Algemene termijnenwet).
    Deadlines d = PO.objection(LocalDate.of(2025, 3, 10));
    assertThat(d.get("objectBy")).isEqualTo("2025-04-22");
    // The decision term runs from the end of the objection term: 12 weeks after 22 April.
    assertThat(d.get("decideBy")).isEqualTo("2025-07-15");
  }

  @ParameterizedTest(name = "Algemene termijnenwet: {0} is a general holiday: {1}")
  @CsvSource({
      "2025-01-01, true", "2025-04-18, false", "2025-04-20, true", "2025-04-21, true", "2025-04-26, true",
      "2025-04-27, false", "2025-05-05, true", "2025-05-29, true", "2025-06-09, true", "2025-12-25, true",
      "2025-12-26, true", "2025-12-24, false", "2026-04-06, true", "2026-04-27, true", "2026-05-14, true",
      "2026-05-25, true", "2024-05-09, true", "2024-04-27, true"})
  void generalHolidays(LocalDate date, boolean holiday) {
    // Easter Sunday 2025-04-20 is a Sunday, so no term day either way; King's Day 2025 falls on
    // Saturday 26 April because 27 April 2025 is a Sunday; Good Friday is not a general holiday.
    boolean general = GeneralHolidays.isGeneralHoliday(date);
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      assertThat(GeneralHolidays.isTermDay(date)).isFalse();
    } else {
      assertThat(general).isEqualTo(holiday);
    }
  }

  @Test
  void easterSundays() {
    assertThat(GeneralHolidays.easterSunday(2024)).isEqualTo("2024-03-31");
    assertThat(GeneralHolidays.easterSunday(2025)).isEqualTo("2025-04-20");
    assertThat(GeneralHolidays.easterSunday(2026)).isEqualTo("2026-04-05");
    assertThat(GeneralHolidays.easterSunday(2038)).isEqualTo("2038-04-25");
    assertThat(GeneralHolidays.kingsDay(2025)).isEqualTo("2025-04-26");
    assertThat(GeneralHolidays.kingsDay(2026)).isEqualTo("2026-04-27");
  }

  @Test
  void placementDutyTermEndsOnATermDay_R_ZP_1() {
    // Registered 2025-03-24: six weeks end on Monday 5 May (a general holiday), so on Tuesday 6 May.
    assertThat(PO.placementDuty(LocalDate.of(2025, 3, 24)).get("decideBy")).isEqualTo("2025-05-06");
  }

  @Test
  void vo2201AdvisesThenDecides_R_DL_3() {
    DeadlineCalculator vo = new DeadlineCalculator(DeadlineRules.standard(true).withAdviceStep(1), TEST_CALENDAR);
    Deadlines d = vo.admissibility(LocalDate.of(2025, 9, 1));
    assertThat(d.dates().keySet()).containsExactly("acknowledgeBy", "requestInformationBy", "adviceBy", "adviceByExtended", "decideBy",
        "decideByExtended");
    assertThat(d.get("adviceBy")).isEqualTo("2025-09-29");
    assertThat(d.get("decideBy")).isEqualTo("2025-10-06");
    // Eight weeks of meeting days: the autumn holiday's 9 days are skipped.
    assertThat(d.get("adviceByExtended")).isEqualTo("2025-11-05");
    assertThat(d.get("decideByExtended")).isEqualTo("2025-11-12");
    // Once the advice is given, the director decides within a week of it.
    Deadlines advised = vo.admissibility(LocalDate.of(2025, 9, 1), List.of(), java.util.Optional.of(LocalDate.of(2025, 9, 24)));
    assertThat(advised.get("decideBy")).isEqualTo("2025-10-01");
    // A policy without an advice step has no adviceBy.
    assertThat(PO.admissibility(LocalDate.of(2025, 9, 1)).dates()).doesNotContainKey("adviceBy");
  }
}
