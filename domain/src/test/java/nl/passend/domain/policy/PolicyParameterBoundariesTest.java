package nl.passend.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.passend.domain.absence.AbsenceRules;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.decision.StatementRules;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.DomainThreshold;
import nl.passend.domain.monitoring.Target;
import org.junit.jupiter.api.Test;

/**
 * The ranges a policy document may set, pinned at both ends of each (a partnership writes its own
 * policy document; a term of 0 weeks or a delay over 100% must be refused with the field named).
 */
class PolicyParameterBoundariesTest {

  /** {@code make} accepts {@code min} and {@code max} and refuses one beyond each, naming {@code field}. */
  private static void range(IntFunction<Object> make, int min, int max, String field) {
    assertThatCode(() -> make.apply(min)).as("%s = %d", field, min).doesNotThrowAnyException();
    assertThatCode(() -> make.apply(max)).as("%s = %d", field, max).doesNotThrowAnyException();
    for (int bad : new int[] {min - 1, max + 1}) {
      assertThatThrownBy(() -> make.apply(bad)).as("%s = %d", field, bad)
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
  }

  private static DeadlineRules deadlines(int field, int value) {
    int[] v = {1, 2, 52, 4, 6, 4, 6, 2, 12, 6, 6, 6, 4, 0};
    v[field] = value;
    return new DeadlineRules(v[0], v[1], v[2], v[3], false, v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
  }

  @Test
  void deadlineTerms_R_DL() {
    String[] names = {"acknowledgeWeeks", "requestInformationWeeks", "decideWeeks", "maxExtensionWeeks", "placementDutyWeeks",
        "placementDutyExtensionWeeks", "objectionWeeks", "objectionAdviceRequestWeeks", "objectionDecisionWeeks", "objectionExtensionWeeks",
        "developmentPlanWeeks", "startAfterStatementWeeks", "admissionDecisionWeeks", "directorDecisionWeeks"};
    int[] min = {1, 1, 2, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0};
    int[] max = {52, 52, 52, 52, 52, 4, 52, 52, 52, 52, 52, 52, 52, 52};
    for (int i = 0; i < names.length; i++) {
      int field = i;
      range(v -> deadlines(field, v), min[i], max[i], names[i]);
    }
    // The decision term is not shorter than the acknowledgement or information terms.
    assertThatThrownBy(() -> new DeadlineRules(3, 1, 2, 4, false, 6, 4, 6, 2, 12, 6, 6, 6, 4, 0)).hasMessageContaining("decision term");
    assertThatThrownBy(() -> new DeadlineRules(1, 3, 2, 4, false, 6, 4, 6, 2, 12, 6, 6, 6, 4, 0)).hasMessageContaining("decision term");
    assertThatCode(() -> new DeadlineRules(2, 2, 2, 4, false, 6, 4, 6, 2, 12, 6, 6, 6, 4, 0)).doesNotThrowAnyException();
    assertThat(DeadlineRules.standard(false).hasAdviceStep()).isFalse();
    assertThat(DeadlineRules.standard(false).withAdviceStep(1).hasAdviceStep()).isTrue();
    assertThat(DeadlineRules.standard(false).withAdviceStep(1).directorDecisionWeeks()).isEqualTo(1);
  }

  @Test
  void absenceRules_R_ABS() {
    range(v -> new AbsenceRules(v, 16, 4, 5, 3), 1, 52, "longTermWeeks");
    range(v -> new AbsenceRules(4, v, 4, 5, 3), 1, 200, "truancyHours");
    range(v -> new AbsenceRules(4, 16, v, 5, 3), 1, 52, "truancyWindowWeeks");
    range(v -> new AbsenceRules(4, 16, 4, v, 3), 1, 12, "hoursPerSchoolDay");
    range(v -> new AbsenceRules(4, 16, 4, 5, v), 1, 24, "nationalTargetMonths");
  }

  @Test
  void statementRules_R_TLV_7_R_TLV_8() {
    range(v -> new StatementRules(true, Optional.of(v), Optional.empty()), 1, 24, "returnReviewMonthsBeforeEnd");
    range(v -> new StatementRules(true, Optional.empty(), Optional.of(v)), 1, 52, "observationPlacementMaxWeeks");
    StatementRules byExit = new StatementRules(true, Optional.of(5), Optional.of(12)).withDurationByExitDestination();
    assertThat(byExit.durationFollowsExitDestination()).isTrue();
    assertThat(byExit.returnReviewMonthsBeforeEnd()).contains(5);
    assertThat(byExit.observationPlacementMaxWeeks()).contains(12);
    assertThat(byExit.vsoAtLeastOneFullSchoolYear()).isTrue();
  }

  @Test
  void domainThresholds_R_CRI() {
    range(v -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 50, v, true), 1, 4, "minDomains");
    range(v -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 0, v, 2, true), 0, 101, "domainThreshold");
    range(v -> new DomainThreshold(DomainThreshold.Kind.DLE, v, 45, 2, true), 0, 45, "domainThreshold");
    assertThatCode(() -> new DomainThreshold(DomainThreshold.Kind.DLE, 30, 200, 2, true)).doesNotThrowAnyException();
    // Counting at the edges: a DLE band is inclusive at both ends; a delay band includes its lower and excludes its upper bound.
    DomainThreshold dle = DomainThreshold.dleBetween(30, 45);
    assertThat(dle.counts(new DomainResult(60, 29))).isFalse();
    assertThat(dle.counts(new DomainResult(60, 30))).isTrue();
    assertThat(dle.counts(new DomainResult(60, 45))).isTrue();
    assertThat(dle.counts(new DomainResult(60, 46))).isFalse();
    DomainThreshold between = DomainThreshold.delayBetween(25, 50);
    assertThat(between.counts(new DomainResult(100, 75))).isTrue();
    assertThat(between.counts(new DomainResult(100, 76))).isFalse();
    assertThat(between.counts(new DomainResult(100, 51))).isTrue();
    assertThat(between.counts(new DomainResult(100, 50))).isFalse();
    DomainThreshold atLeast = DomainThreshold.delayAtLeast(50);
    assertThat(atLeast.counts(new DomainResult(100, 0))).isTrue();
    assertThat(atLeast.counts(new DomainResult(100, 50))).isTrue();
    assertThat(atLeast.counts(new DomainResult(100, 51))).isFalse();
    assertThat(atLeast.describe()).isEqualTo("a delay of at least 50% on at least 2 domains, one of them arithmetic or reading comprehension");
    assertThat(between.describe()).startsWith("a delay of 25% up to 50% on at least 2 domains");
    assertThat(DomainThreshold.delayBetween(25, 100).describe()).startsWith("a delay of 25% up to 100%");
    assertThat(dle.describe()).startsWith("a DLE of 30 to 45");
    assertThat(new DomainThreshold(DomainThreshold.Kind.DLE, 30, 45, 3, false).describe()).isEqualTo("a DLE of 30 to 45 on at least 3 domains");
  }

  @Test
  void targets_R_MON_2() {
    assertThatThrownBy(() -> new Target("X", true, new BigDecimal("-0.01"), "s", Target.Kind.SHARE_AT_MOST)).isInstanceOf(InvalidValueException.class);
    assertThatCode(() -> new Target("X", true, BigDecimal.ZERO, "s", Target.Kind.SHARE_AT_MOST)).doesNotThrowAnyException();
    assertThatCode(() -> new Target("X", true, new BigDecimal("100"), "s", Target.Kind.SHARE_AT_MOST)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Target("X", true, new BigDecimal("100.01"), "s", Target.Kind.SHARE_AT_MOST)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Target("X", false, BigDecimal.ONE, "s", Target.Kind.SHARE_AT_MOST)).hasMessageContaining("atMost");
    assertThatThrownBy(() -> new Target("X", true, BigDecimal.ONE, "s", Target.Kind.SHARE_AT_LEAST)).hasMessageContaining("atMost");
    assertThatCode(() -> new Target("X", false, BigDecimal.ONE, "s", Target.Kind.SHARE_AT_LEAST)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Target("X", true, new BigDecimal("0.5"), "s", Target.Kind.COUNT_AT_MOST)).hasMessageContaining("percent");
    assertThatThrownBy(() -> new Target("X", true, new BigDecimal("-1"), "s", Target.Kind.COUNT_AT_MOST)).hasMessageContaining("percent");
    assertThatCode(() -> new Target("X", true, new BigDecimal("250"), "s", Target.Kind.COUNT_AT_MOST)).doesNotThrowAnyException();
    Target none = Target.countAtMost("THUISZITTERS", 0, "004:L242");
    assertThat(none.kind()).isEqualTo(Target.Kind.COUNT_AT_MOST);
    assertThat(none.atMost()).isTrue();
    assertThat(none.percent()).isEqualByComparingTo("0");
    assertThat(Target.atMost("A", "3.5", "s").kind()).isEqualTo(Target.Kind.SHARE_AT_MOST);
    assertThat(Target.atLeast("B", "1", "s").kind()).isEqualTo(Target.Kind.SHARE_AT_LEAST);
    Target two = Target.countAtMost("THUISZITTERS", 2, "s");
    assertThat(two.metByCount(2)).isTrue();
    assertThat(two.metByCount(3)).isFalse();
    assertThat(none.metByCount(0)).isTrue();
    assertThat(none.metByCount(1)).isFalse();
  }
}
