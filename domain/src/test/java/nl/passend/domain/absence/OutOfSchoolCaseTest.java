package nl.passend.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.time.SchoolYear;
import org.junit.jupiter.api.Test;

class OutOfSchoolCaseTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 13);

  private static OutOfSchoolCase open(String id, LocalDate start, Optional<BoardId> board) {
    return OutOfSchoolCase.open(CaseId.of(id), PartnershipId.of("vo-31-02"), StudentId.of("s-" + id), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE,
        start, "no fitting place", board, "coordinator-1");
  }

  @Test
  void durationAndTheThreeMonthTarget_R_TZ_2() {
    OutOfSchoolCase c = open("1", START, Optional.of(BoardId.of("soml")));
    assertThat(c.durationDaysOn(START.plusDays(10))).isEqualTo(10);
    assertThat(c.exceedsNationalTarget(START.plusMonths(3), AbsenceRules.national())).isFalse();
    assertThat(c.exceedsNationalTarget(START.plusMonths(3).plusDays(1), AbsenceRules.national())).isTrue();
    OutOfSchoolCase offered = c.withOffer(START.plusMonths(2), "coordinator-1", "part-time programme at a VSO school");
    assertThat(offered.exceedsNationalTarget(START.plusMonths(4), AbsenceRules.national())).isFalse();
    OutOfSchoolCase closed = offered.close(START.plusMonths(5), "coordinator-1", "back at school");
    assertThat(closed.durationDaysOn(START.plusYears(1))).isEqualTo(closed.durationDaysOn(START.plusMonths(5)));
    assertThatThrownBy(() -> closed.withStep(new CaseStep(START.plusMonths(6), "x", "y"))).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void escalationAndDesignation_R_TZ_3() {
    OutOfSchoolCase unclear = open("1", START, Optional.empty()).escalate(START.plusWeeks(6), "school-staff", "no progress");
    assertThat(unclear.escalatedOn()).contains(START.plusWeeks(6));
    assertThatThrownBy(() -> unclear.escalate(START.plusWeeks(7), "x", "again")).hasMessageContaining("R-TZ-3");
    OutOfSchoolCase designated = unclear.designateSchool(BrinCode.of("14PS00"), BoardId.of("soml"), START.plusWeeks(7), "director");
    assertThat(designated.designatedSchool()).contains(BrinCode.of("14PS00"));
    assertThat(designated.boardWithDuty()).contains(BoardId.of("soml"));
    assertThatThrownBy(() -> designated.designateSchool(BrinCode.of("14PS02"), BoardId.of("soml"), START.plusWeeks(8), "director"))
        .hasMessageContaining("unclear");
    assertThat(designated.steps()).hasSize(2);
  }

  @Test
  void countsPerQuarterAndSchoolYearAndRate_R_TZ_4() {
    SchoolYear year = SchoolYear.parse("2024-2025");
    List<OutOfSchoolCase> cases = List.of(
        open("a", LocalDate.of(2024, 6, 1), Optional.empty()),
        open("b", LocalDate.of(2024, 9, 1), Optional.empty()),
        open("c", LocalDate.of(2025, 2, 10), Optional.empty()).close(LocalDate.of(2025, 3, 1), "x", "back"),
        open("d", LocalDate.of(2025, 8, 10), Optional.empty()));
    assertThat(OutOfSchoolStatistics.countOn(cases, year.firstDay())).isEqualTo(1);
    assertThat(OutOfSchoolStatistics.countOver(cases, year)).isEqualTo(3);
    assertThat(OutOfSchoolStatistics.countOverQuarter(cases, year, 1)).isEqualTo(2);
    assertThat(OutOfSchoolStatistics.countOverQuarter(cases, year, 3)).isEqualTo(3);
    assertThat(OutOfSchoolStatistics.ratePerThousand(3, 7251, 2)).isEqualByComparingTo("0.41");
    assertThatThrownBy(() -> OutOfSchoolStatistics.ratePerThousand(3, 0, 2)).hasMessageContaining("population");
  }

  @Provide
  Arbitrary<List<Integer>> starts() {
    return Arbitraries.integers().between(-400, 400).list().ofMaxSize(30);
  }

  @Property
  void durationNeverDecreasesAsTheDateAdvances(@ForAll @IntRange(min = 0, max = 400) int day, @ForAll @IntRange(min = 0, max = 60) int later,
      @ForAll boolean closed) {
    OutOfSchoolCase c = open("p", START, Optional.empty());
    if (closed) {
      c = c.close(START.plusDays(100), "x", "back");
    }
    assertThat(c.durationDaysOn(START.plusDays(day + later))).isGreaterThanOrEqualTo(c.durationDaysOn(START.plusDays(day)));
  }

  @Property
  void theCountOverASchoolYearIsTheCountAtItsStartPlusTheNewCases(@ForAll("starts") List<Integer> starts) {
    SchoolYear year = SchoolYear.parse("2024-2025");
    List<OutOfSchoolCase> cases = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      cases.add(open("c" + i, year.firstDay().plusDays(starts.get(i)), Optional.empty()));
    }
    long atStart = OutOfSchoolStatistics.countOn(cases, year.firstDay());
    long newDuring = cases.stream().filter(c -> c.startedOn().isAfter(year.firstDay()) && !c.startedOn().isAfter(year.lastDay())).count();
    assertThat(OutOfSchoolStatistics.countOver(cases, year)).isEqualTo(atStart + newDuring);
  }
}
