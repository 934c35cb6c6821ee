package nl.passend.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class PlacementDutyCaseTest {
  private static final DeadlineRules RULES = DeadlineRules.standard(false);
  private static final LocalDate REGISTERED = LocalDate.of(2025, 3, 3);
  private static final PartnershipId P = PartnershipId.of("vo-22-01");

  private static PlacementDutyCase open(String id) {
    return PlacementDutyCase.register(CaseId.of(id), P, StudentId.of("s-" + id), BoardId.of("13273"), BrinCode.of("99VA00"), REGISTERED);
  }

  @Test
  void decideWithinSixWeeks_R_ZP_1() {
    PlacementDutyCase c = open("1");
    assertThat(c.decideBy(RULES)).isEqualTo("2025-04-14");
    assertThat(c.statusOn(LocalDate.of(2025, 4, 14), RULES)).isEqualTo(PlacementDutyStatus.OPEN);
    assertThat(c.statusOn(LocalDate.of(2025, 4, 15), RULES)).isEqualTo(PlacementDutyStatus.OVERDUE);
  }

  @Test
  void extendOnceByAtMostFourWeeks_R_ZP_1() {
    PlacementDutyCase extended = open("1").extend(4, LocalDate.of(2025, 4, 10), RULES);
    assertThat(extended.decideBy(RULES)).isEqualTo("2025-05-12");
    assertThatThrownBy(() -> extended.extend(1, LocalDate.of(2025, 4, 11), RULES)).hasMessageContaining("only once");
    assertThatThrownBy(() -> open("2").extend(5, LocalDate.of(2025, 4, 10), RULES)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> open("3").extend(2, LocalDate.of(2025, 4, 15), RULES)).hasMessageContaining("no longer");
  }

  @Test
  void temporaryEnrolmentAfterTenWeeksWithoutDecision_R_ZP_1() {
    PlacementDutyCase c = open("1");
    LocalDate tenWeeks = REGISTERED.plusWeeks(10);
    assertThat(c.temporaryEnrolmentDue(tenWeeks, false)).isFalse();
    assertThat(c.temporaryEnrolmentDue(tenWeeks.plusDays(1), false)).isTrue();
    assertThat(c.temporaryEnrolmentDue(tenWeeks.plusDays(1), true)).isFalse();
    assertThatThrownBy(() -> c.enrolTemporarily(tenWeeks)).isInstanceOf(RuleViolationException.class);
    PlacementDutyCase temporary = c.enrolTemporarily(tenWeeks.plusDays(1));
    assertThat(temporary.statusOn(tenWeeks.plusDays(2), RULES)).isEqualTo(PlacementDutyStatus.TEMPORARILY_ENROLLED);
    // R-INT-6: once.
    assertThatThrownBy(() -> temporary.enrolTemporarily(tenWeeks.plusDays(5))).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.ruleId()).isEqualTo("R-INT-6"));
    assertThat(temporary.temporaryEnrolmentDue(tenWeeks.plusDays(5), false)).isFalse();
  }

  @Test
  void overdueIsTheStateOnTheDateAsked_R_INT_8() {
    PlacementDutyCase concludedLate = open("1").conclude(PlacementOutcome.ADMITTED, Optional.empty(), LocalDate.of(2025, 5, 1));
    assertThat(concludedLate.isOverdue(LocalDate.of(2025, 4, 14), RULES)).isFalse();
    assertThat(concludedLate.isOverdue(LocalDate.of(2025, 4, 15), RULES)).isTrue();
    assertThat(concludedLate.daysOverdue(LocalDate.of(2025, 4, 30), RULES)).isEqualTo(16);
    assertThat(concludedLate.isOverdue(LocalDate.of(2025, 5, 1), RULES)).isFalse();
  }

  @Test
  void aRefusalWithoutAnotherPlaceIsNotAllowed_R_ZP_2() {
    assertThatThrownBy(() -> open("1").refuseWithoutPlace()).isInstanceOf(RuleViolationException.class).hasMessageContaining("R-ZP-2");
    assertThatThrownBy(() -> open("1").conclude(PlacementOutcome.PLACED_ELSEWHERE, Optional.empty(), REGISTERED.plusWeeks(3)))
        .hasMessageContaining("R-ZP-2");
    PlacementDutyCase elsewhere = open("1").conclude(PlacementOutcome.PLACED_ELSEWHERE, Optional.of(BrinCode.of("99VB00")), REGISTERED.plusWeeks(3));
    assertThat(elsewhere.placedAt()).contains(BrinCode.of("99VB00"));
    assertThatThrownBy(() -> open("1").conclude(PlacementOutcome.PLACED_ELSEWHERE, Optional.of(BrinCode.of("99VA00")), REGISTERED.plusWeeks(3)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("another school");
    assertThat(elsewhere.statusOn(REGISTERED.plusWeeks(20), RULES)).isEqualTo(PlacementDutyStatus.CONCLUDED);
    for (PlacementOutcome o : List.of(PlacementOutcome.ADMITTED, PlacementOutcome.WITHDRAWN, PlacementOutcome.NOT_APPLICABLE)) {
      assertThat(open("x").conclude(o, Optional.empty(), REGISTERED.plusDays(1)).outcome()).contains(o);
    }
  }

  @Test
  void overdueCasesAppearOnTheEscalationList_R_ZP_3() {
    PlacementDutyCase late = open("late");
    PlacementDutyCase later = PlacementDutyCase.register(CaseId.of("later"), P, StudentId.of("x"), BoardId.of("13273"), BrinCode.of("99VA00"),
        REGISTERED.minusWeeks(2));
    PlacementDutyCase done = open("done").conclude(PlacementOutcome.ADMITTED, Optional.empty(), REGISTERED.plusWeeks(2));
    PlacementDutyCase otherPartnership = PlacementDutyCase.register(CaseId.of("other"), PartnershipId.of("x"), StudentId.of("y"),
        BoardId.of("b"), BrinCode.of("99VA00"), REGISTERED);
    List<PlacementDutyCase> list = EscalationList.of(List.of(late, later, done, otherPartnership), P, REGISTERED.plusWeeks(8), RULES);
    assertThat(list).extracting(c -> c.id().value()).containsExactly("later", "late");
    assertThat(list.get(0).daysOverdue(REGISTERED.plusWeeks(8), RULES)).isEqualTo(28);
  }
}
