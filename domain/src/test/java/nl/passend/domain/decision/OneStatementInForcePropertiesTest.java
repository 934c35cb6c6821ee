package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.time.SchoolYear;
import org.junit.jupiter.api.Test;

/**
 * R-INT-4 as a property: whatever statements a student already holds, a grant that goes through
 * never leaves two statements in force on the same day, and no statement reads ACTIVE after its end.
 * It would catch an overlap check with an off-by-one at either end, or one that ignores open-ended
 * (PrO) statements.
 */
class OneStatementInForcePropertiesTest {
  private static final LocalDate RECEIVED = DecisionFixtures.RECEIVED;

  private static AdmissibilityStatement statement(long number, int startOffsetDays, int years, boolean revoked) {
    LocalDate start = RECEIVED.minusYears(2).plusDays(startOffsetDays);
    // A statement that starts on 31 July ends at the earliest on the next 31 July (an end after its start).
    LocalDate end = SchoolYear.containing(start.plusDays(1)).lastDay().plusYears(years);
    AdmissibilityStatement s = new AdmissibilityStatement(number, nl.passend.domain.organisation.PartnershipId.of("acc-po"),
        nl.passend.domain.student.StudentId.of("s-1"), SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(), start, start,
        Optional.of(end), "WPO art. 18a", StatementStatus.ACTIVE);
    return revoked ? s.revoked() : s;
  }

  @Property(tries = 500)
  void aGrantThatGoesThroughLeavesOneStatementInForcePerDay(@ForAll @Size(max = 3) List<@IntRange(min = 0, max = 1500) Integer> starts,
      @ForAll @IntRange(min = 0, max = 3) int years, @ForAll boolean revokeFirst, @ForAll @IntRange(min = 0, max = 400) int newStartOffset) {
    List<AdmissibilityStatement> others = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      others.add(statement(i + 1, starts.get(i), years, i == 0 && revokeFirst));
    }
    LocalDate newStart = RECEIVED.plusDays(newStartOffset);
    GrantTerms terms = new GrantTerms(newStart, Optional.of(SchoolYear.containing(newStart).lastDay().plusYears(1)), Optional.empty(), Optional.empty());
    AdmissibilityApplication a = DecisionFixtures.complete(DecisionFixtures.submitted(SchoolType.SBO, Optional.empty()), Optional.empty())
        .acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED, "");
    Optional<AdmissibilityStatement> issued;
    try {
      issued = a.grant(DecisionFixtures.PO, 9, Optional.empty(), others, "c", RECEIVED.plusDays(1), "", terms).statement();
    } catch (RuleViolationException refused) {
      assertThat(refused.ruleId()).isEqualTo("R-INT-4");
      issued = Optional.empty();
    }
    List<AdmissibilityStatement> all = new ArrayList<>(others);
    issued.ifPresent(all::add);
    for (LocalDate day = newStart; !day.isAfter(terms.endDate().orElseThrow()); day = day.plusDays(7)) {
      LocalDate d = day;
      long inForce = all.stream().filter(s -> s.validOn(d)).count();
      assertThat(inForce).as("statements in force on %s", d).isLessThanOrEqualTo(Math.max(1, others.stream().filter(s -> s.validOn(d)).count()));
      if (issued.isPresent()) {
        assertThat(inForce).as("on %s after a grant", d).isLessThanOrEqualTo(1);
      }
    }
    for (AdmissibilityStatement s : all) {
      s.endDate().ifPresent(end -> assertThat(s.statusOn(end.plusDays(1))).isNotEqualTo(StatementStatus.ACTIVE));
    }
  }

  @Test
  void anOpenEndedProStatementOverlapsEveryLaterPeriod_R_INT_4() {
    AdmissibilityStatement pro = new AdmissibilityStatement(1, nl.passend.domain.organisation.PartnershipId.of("acc-po"),
        nl.passend.domain.student.StudentId.of("s-1"), SchoolType.PRO, Optional.empty(), Optional.empty(), Optional.empty(), RECEIVED, RECEIVED,
        Optional.empty(), "WVO art. 17a", StatementStatus.ACTIVE);
    assertThat(pro.overlaps(RECEIVED.plusYears(10), Optional.empty())).isTrue();
    assertThat(pro.overlaps(RECEIVED.minusYears(1), Optional.of(RECEIVED.minusDays(1)))).isFalse();
    assertThat(pro.overlaps(RECEIVED.minusYears(1), Optional.of(RECEIVED))).isTrue();
  }

  @Test
  void aStatementEndsByTheSchoolYearOfTheAgeLimit_R_INT_5() {
    LocalDate born = LocalDate.of(2012, 10, 1);
    // turns 14 on 2026-10-01, in school year 2026-2027; turns 20 on 2032-10-01, in 2032-2033.
    assertThat(AdmissibilityStatement.latestEnd(SchoolType.SO, born)).contains(LocalDate.of(2027, 7, 31));
    assertThat(AdmissibilityStatement.latestEnd(SchoolType.SBO, born)).contains(LocalDate.of(2027, 7, 31));
    assertThat(AdmissibilityStatement.latestEnd(SchoolType.VSO, born)).contains(LocalDate.of(2033, 7, 31));
    assertThat(AdmissibilityStatement.latestEnd(SchoolType.PRO, born)).isEmpty();
    AdmissibilityStatement.checkAgeLimit(SchoolType.SO, Optional.of(LocalDate.of(2027, 7, 31)), born);
    AdmissibilityStatement.checkAgeLimit(SchoolType.PRO, Optional.of(LocalDate.of(2045, 7, 31)), born);
    AdmissibilityStatement.checkAgeLimit(SchoolType.VSO, Optional.empty(), born);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdmissibilityStatement.checkAgeLimit(SchoolType.SO,
        Optional.of(LocalDate.of(2027, 8, 1)), born)).hasMessageContaining("endDate").hasMessageContaining("turns 14").hasMessageContaining("R-INT-5");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdmissibilityStatement.checkAgeLimit(SchoolType.VSO,
        Optional.of(LocalDate.of(2045, 7, 31)), born)).hasMessageContaining("a VSO statement ends at the latest on 2033-07-31");
  }

  @Test
  void aReplacementEndsTheStatementTheDayBeforeAndKeepsItsPlannedEnd_R_INT_4_R_TLV_9() {
    AdmissibilityStatement so = statement(1, 0, 1, false);
    LocalDate newStart = so.startDate().plusMonths(3);
    AdmissibilityStatement ended = so.replacedBy(2, newStart);
    assertThat(ended.lastDay()).contains(newStart.minusDays(1));
    assertThat(ended.endDate()).isEqualTo(so.endDate());
    assertThat(ended.validOn(newStart.minusDays(1))).isTrue();
    assertThat(ended.validOn(newStart)).isFalse();
    assertThat(ended.statusOn(newStart)).isEqualTo(StatementStatus.EXPIRED);
    assertThat(ended.overlaps(newStart, Optional.empty())).isFalse();
    assertThat(ended.endsWithin(newStart.minusDays(1), newStart.minusDays(1))).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> so.replacedBy(2, so.startDate())).hasMessageContaining("starts after");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> so.replacedBy(2, so.endDate().orElseThrow().plusDays(5)))
        .hasMessageContaining("not in force");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> so.replacedBy(1, newStart)).hasMessageContaining("another statement");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ended.replacedBy(3, newStart.plusDays(1))).hasMessageContaining("not in force");
  }
}
