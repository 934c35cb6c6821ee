package nl.passend.domain.decision;

import static nl.passend.domain.decision.DecisionFixtures.PO;
import static nl.passend.domain.decision.DecisionFixtures.PO_DEADLINES;
import static nl.passend.domain.decision.DecisionFixtures.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R-INT-3 (an upheld objection revokes and re-opens the decision) and R-INT-6 (no extension after the term ran out). */
class LegalEffectTest {
  private static final GrantTerms TERMS = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(),
      Optional.empty());

  @Test
  void anObjectionUpheldAgainstARefusalReopensTheAssessment_R_INT_3() {
    AdmissibilityApplication refused = DecisionFixtures.underAssessment().scheduleHearing("c", RECEIVED.plusDays(8), "")
        .refuse(PO, "c", RECEIVED.plusDays(20), "criteria not met");
    AdmissibilityApplication upheld = refused.object(ObjectingParty.GUARDIANS, PO_DEADLINES, "g", RECEIVED.plusDays(30), "")
        .decideObjection(true, "board", RECEIVED.plusDays(60), "the refusal lacked the expert's view");
    assertThat(upheld.state()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(upheld.decidedOn()).isEmpty();
    assertThat(upheld.objection().orElseThrow().upheld()).contains(true);
    AdmissibilityApplication granted = upheld.grant(PO, 2, "c", RECEIVED.plusDays(70), "decided again", TERMS);
    assertThat(granted.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(granted.decidedOn()).contains(RECEIVED.plusDays(70));
    // The new decision has its own objection term.
    AdmissibilityApplication again = granted.object(ObjectingParty.BOARD, PO_DEADLINES, "b", RECEIVED.plusDays(75), "");
    assertThat(again.objection().orElseThrow().decisionNotifiedOn()).isEqualTo(RECEIVED.plusDays(70));
    assertThat(again.objection().orElseThrow().upheld()).isEmpty();
  }

  @Test
  void anObjectionUpheldAgainstAGrantRevokesTheStatement_R_INT_3() {
    AdmissibilityApplication granted = DecisionFixtures.underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", TERMS);
    AdmissibilityApplication upheld = granted.object(ObjectingParty.BOARD, PO_DEADLINES, "b", RECEIVED.plusDays(30), "")
        .decideObjection(true, "board", RECEIVED.plusDays(60), "");
    assertThat(upheld.state()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(upheld.statement().orElseThrow().status()).isEqualTo(StatementStatus.REVOKED);
    assertThat(upheld.statement().orElseThrow().validOn(RECEIVED.plusDays(61))).isFalse();
    GrantTerms other = new GrantTerms(LocalDate.of(2025, 12, 1), Optional.of(LocalDate.of(2026, 7, 31)),
        Optional.of(nl.passend.domain.funding.FundingCategory.HIGH), Optional.of("more support is needed"));
    AdmissibilityApplication regranted = upheld.grant(PO, 2, "c", RECEIVED.plusDays(65), "other terms", other);
    assertThat(regranted.statement().orElseThrow().number()).isEqualTo(2);
    assertThat(regranted.statement().orElseThrow().status()).isEqualTo(StatementStatus.ACTIVE);
  }

  @Test
  void aDismissedObjectionChangesNothing_R_INT_3() {
    AdmissibilityApplication granted = DecisionFixtures.underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", TERMS);
    AdmissibilityApplication dismissed = granted.object(ObjectingParty.BOARD, PO_DEADLINES, "b", RECEIVED.plusDays(30), "")
        .decideObjection(false, "board", RECEIVED.plusDays(60), "");
    assertThat(dismissed.state()).isEqualTo(ApplicationState.OBJECTION_DISMISSED);
    assertThat(dismissed.statement()).isEqualTo(granted.statement());
    assertThat(dismissed.decidedOn()).isEqualTo(granted.decidedOn());
    assertThatThrownBy(() -> dismissed.grant(PO, 2, "c", RECEIVED.plusDays(70), "", TERMS)).isInstanceOf(TransitionRejectedException.class);
  }

  @Test
  void aTermIsExtendedOnlyBeforeItRunsOut_R_INT_6() {
    AdmissibilityApplication a = DecisionFixtures.underAssessment();
    LocalDate due = a.deadlines(PO_DEADLINES).get("decideBy");
    assertThat(a.extend(PO_DEADLINES, "c", due, "needs a second opinion").extended()).isTrue();
    assertThatThrownBy(() -> a.extend(PO_DEADLINES, "c", due.plusDays(1), "too late")).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.ruleId()).isEqualTo("R-INT-6"));
  }

  @Test
  void oneStatementInForcePerPartnership_R_INT_4() {
    AdmissibilityStatement inForce = new AdmissibilityStatement(1, nl.passend.domain.organisation.PartnershipId.of("acc-po"),
        nl.passend.domain.student.StudentId.of("s-1"), nl.passend.domain.organisation.SchoolType.SBO, Optional.empty(), Optional.empty(),
        Optional.empty(), LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 1), Optional.of(LocalDate.of(2025, 10, 31).withMonth(7).plusYears(1)),
        "WPO art. 18a", StatementStatus.ACTIVE);
    AdmissibilityApplication a = DecisionFixtures.underAssessment();
    assertThatThrownBy(() -> a.grant(PO, 2, Optional.empty(), java.util.List.of(inForce), "c", RECEIVED.plusDays(20), "", TERMS))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-INT-4");
          assertThat(e.getMessage()).contains("statement 1");
        });
    // Not in force any more (revoked), or ending the day before the new one starts: no overlap.
    assertThat(a.grant(PO, 2, Optional.empty(), java.util.List.of(inForce.revoked()), "c", RECEIVED.plusDays(20), "", TERMS).state())
        .isEqualTo(ApplicationState.GRANTED);
    AdmissibilityStatement endedBefore = new AdmissibilityStatement(1, inForce.partnership(), inForce.student(), inForce.schoolType(),
        Optional.empty(), Optional.empty(), Optional.empty(), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 1), Optional.of(LocalDate.of(2025, 7, 31)),
        "WPO art. 18a", StatementStatus.ACTIVE);
    assertThat(a.grant(PO, 2, Optional.empty(), java.util.List.of(endedBefore), "c", RECEIVED.plusDays(20), "", TERMS).state())
        .isEqualTo(ApplicationState.GRANTED);
    assertThat(endedBefore.overlaps(LocalDate.of(2025, 7, 31), Optional.empty())).isTrue();
    assertThat(endedBefore.overlaps(LocalDate.of(2025, 8, 1), Optional.empty())).isFalse();
    assertThat(endedBefore.overlaps(LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 1, 31)))).isFalse();
    assertThat(endedBefore.overlaps(LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2024, 2, 1)))).isTrue();
    assertThat(endedBefore.statusOn(LocalDate.of(2025, 8, 1))).isEqualTo(StatementStatus.EXPIRED);
    assertThat(endedBefore.statusOn(LocalDate.of(2025, 7, 31))).isEqualTo(StatementStatus.ACTIVE);
  }

  @Test
  void aStatementStartsNoEarlierThanTheReceipt_R_INT_5() {
    GrantTerms early = new GrantTerms(RECEIVED.minusDays(1), Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", early))
        .isInstanceOfSatisfying(nl.passend.domain.common.InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    GrantTerms sameDay = new GrantTerms(RECEIVED, Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(), Optional.empty());
    assertThat(DecisionFixtures.underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", sameDay).statement()).isPresent();
  }
}
