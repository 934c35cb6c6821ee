package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/** R-LWOO-1..3: the designation register's lifecycle, decided like an application. */
class LwooDesignationTest {
  private static final LocalDate RECEIVED = LocalDate.of(2025, 3, 1);
  private static final Assessment TWO_DELAYS = Assessment.on(LocalDate.of(2025, 2, 20)).withIq(85)
      .withDomain(LearningDomain.ARITHMETIC, 60, 35).withDomain(LearningDomain.SPELLING, 60, 35)
      .withDomain(LearningDomain.READING_COMPREHENSION, 60, 60).withDomain(LearningDomain.TECHNICAL_READING, 60, 60);

  private static LwooDesignation submitted(EligibilityResult evaluation) {
    return LwooDesignation.submit("lwoo-1", PartnershipId.of("vo-31-02"), StudentId.of("s"), BrinCode.of("14PS00"), RECEIVED, evaluation, "school");
  }

  private static EligibilityResult evaluate(Assessment a) {
    return DecisionFixtures.ML.eligibility().evaluate(Scheme.LWOO, a).orElseThrow();
  }

  @Test
  void aRequestRestsOnTheLwooCriteriaAndTheirVersion_R_LWOO_2() {
    LwooDesignation d = submitted(evaluate(TWO_DELAYS));
    assertThat(d.state()).isEqualTo(LwooDesignation.State.SUBMITTED);
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(d.schemeVersion()).isEqualTo("2020-01-01");
    EligibilityResult pro = DecisionFixtures.ML.eligibility().evaluate(Scheme.PRO, TWO_DELAYS).orElseThrow();
    assertThatThrownBy(() -> submitted(pro)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("assessment"));
  }

  @Test
  void grantedWhenTheCriteriaAreMetAndInForceFromItsStart_R_LWOO_1() {
    LwooDesignation d = submitted(evaluate(TWO_DELAYS)).grant("staff", RECEIVED.plusDays(10), "two delays of 42%", LocalDate.of(2025, 8, 1));
    assertThat(d.state()).isEqualTo(LwooDesignation.State.GRANTED);
    assertThat(d.decidedOn()).contains(RECEIVED.plusDays(10));
    assertThat(d.coversDate(LocalDate.of(2025, 7, 31))).isFalse();
    assertThat(d.coversDate(LocalDate.of(2025, 8, 1))).isTrue();
    assertThat(d.coversDate(LocalDate.of(2029, 8, 1))).as("not renewed yearly").isTrue();
    LwooDesignation ended = d.end("staff", LocalDate.of(2026, 2, 1), "moved to HAVO", LocalDate.of(2026, 1, 31));
    assertThat(ended.coversDate(LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(ended.coversDate(LocalDate.of(2026, 2, 1))).isFalse();
    assertThatThrownBy(() -> ended.end("staff", LocalDate.of(2026, 3, 1), "", LocalDate.of(2026, 3, 1))).hasMessageContaining("R-LWOO-1");
  }

  @Test
  void notGrantedOnCriteriaThatAreNotMet_R_CRI_LWOO() {
    LwooDesignation d = submitted(evaluate(TWO_DELAYS.withDomain(LearningDomain.ARITHMETIC, 60, 60)));
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThatThrownBy(() -> d.grant("staff", RECEIVED, "x", RECEIVED)).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.ruleId()).isEqualTo("R-CRI-LWOO"));
    LwooDesignation refused = d.refuse("staff", RECEIVED.plusDays(5), "one delay only");
    assertThat(refused.state()).isEqualTo(LwooDesignation.State.REFUSED);
    assertThat(refused.coversDate(RECEIVED.plusDays(30))).isFalse();
    assertThatThrownBy(() -> d.refuse("staff", RECEIVED, " ")).hasMessageContaining("reason");
  }

  @Test
  void judgementNeedsAReason_R_CRI_LWOO() {
    EligibilityResult judgement = new EligibilityResult(Scheme.LWOO, "2020-01-01", Outcome.JUDGEMENT_REQUIRED, Optional.empty(), Optional.empty(),
        List.of(), List.of("iq"), List.of());
    assertThatThrownBy(() -> submitted(judgement).grant("staff", RECEIVED, "", RECEIVED)).hasMessageContaining("reason");
    assertThat(submitted(judgement).grant("staff", RECEIVED, "social-emotional problems documented", RECEIVED).state())
        .isEqualTo(LwooDesignation.State.GRANTED);
  }

  @Test
  void registeredWithDuoOnce_R_LWOO_1() {
    LwooDesignation d = submitted(evaluate(TWO_DELAYS)).grant("staff", RECEIVED, "met", RECEIVED).registerWithDuo("staff", RECEIVED.plusDays(2), "");
    assertThat(d.registeredWithDuoOn()).contains(RECEIVED.plusDays(2));
    assertThatThrownBy(() -> d.registerWithDuo("staff", RECEIVED.plusDays(3), "")).hasMessageContaining("registered with DUO on");
    assertThatThrownBy(() -> submitted(evaluate(TWO_DELAYS)).registerWithDuo("staff", RECEIVED, "")).hasMessageContaining("R-LWOO-1");
  }

  @Test
  void anObjectionUpheldAgainstAGrantTakesItOutOfForce_R_LWOO_2_R_DL_9() {
    LwooDesignation granted = submitted(evaluate(TWO_DELAYS)).grant("staff", RECEIVED, "met", RECEIVED);
    LwooDesignation objected = granted.object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "guardians", RECEIVED.plusWeeks(2), "");
    assertThat(objected.coversDate(RECEIVED.plusWeeks(3))).isTrue();
    assertThat(objected.decideObjection(true, "board", RECEIVED.plusWeeks(8), "").coversDate(RECEIVED.plusWeeks(9))).isFalse();
    assertThat(objected.decideObjection(false, "board", RECEIVED.plusWeeks(8), "").coversDate(RECEIVED.plusWeeks(9))).isTrue();
    assertThatThrownBy(() -> granted.object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "g", RECEIVED.plusWeeks(7), ""))
        .hasMessageContaining("R-DL-9");
  }

  @Test
  void componentsThatNoStepsProduceAreRefused() {
    LwooDesignation granted = submitted(evaluate(TWO_DELAYS)).grant("staff", RECEIVED, "met", RECEIVED);
    assertThatThrownBy(() -> new LwooDesignation(granted.id(), granted.partnership(), granted.student(), granted.school(), granted.receivedOn(),
        granted.outcome(), granted.schemeVersion(), LwooDesignation.State.GRANTED, granted.trail(), granted.decidedOn(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 1)).hasMessageContaining("startDate");
    assertThatThrownBy(() -> new LwooDesignation(granted.id(), granted.partnership(), granted.student(), granted.school(), granted.receivedOn(),
        Outcome.NOT_ELIGIBLE, granted.schemeVersion(), LwooDesignation.State.GRANTED, granted.trail(), granted.decidedOn(), granted.startDate(),
        Optional.empty(), Optional.empty(), Optional.empty(), 1)).hasMessageContaining("not met");
    assertThatThrownBy(() -> new LwooDesignation(granted.id(), granted.partnership(), granted.student(), granted.school(), granted.receivedOn(),
        granted.outcome(), granted.schemeVersion(), LwooDesignation.State.ENDED, granted.trail(), granted.decidedOn(), granted.startDate(),
        Optional.empty(), Optional.empty(), Optional.empty(), 1)).hasMessageContaining("state");
  }

  @Test
  void aDecidedDesignationHasItsLetterWithTheObjectionRoute_R_LWOO_2() {
    LwooDesignation submitted = submitted(evaluate(TWO_DELAYS));
    assertThat(DecisionLetter.of(submitted, "SWV", "Regio")).as("no letter before the decision").isEmpty();
    LwooDesignation granted = submitted.grant("staff", RECEIVED.plusDays(10), "criteria met", LocalDate.of(2025, 8, 1));
    DecisionLetter letter = DecisionLetter.of(granted, "SWV", "Regio").orElseThrow();
    assertThat(letter.kind()).isEqualTo(DecisionLetter.Kind.LWOO_DESIGNATED);
    assertThat(letter.kind().lwoo()).isTrue();
    assertThat(letter.applicationId()).isEqualTo("lwoo-1");
    assertThat(letter.designatedFrom()).contains(LocalDate.of(2025, 8, 1));
    assertThat(letter.statement()).isEmpty();
    assertThat(letter.legalBasis()).isEqualTo(LwooDesignation.LEGAL_BASIS);
    assertThat(letter.objectionLastDay()).isEqualTo(RECEIVED.plusDays(10).plusWeeks(6));
    assertThat(letter.reasons()).isEqualTo("criteria met");
    // Registering with DUO or ending it decides nothing: the letter stays the grant's.
    assertThat(DecisionLetter.of(granted.registerWithDuo("school", RECEIVED.plusDays(12), ""), "SWV", "Regio")).contains(letter);
    LwooDesignation objected = granted.object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "guardians", RECEIVED.plusWeeks(2), "");
    DecisionLetter upheld = DecisionLetter.of(objected.decideObjection(true, "staff", RECEIVED.plusWeeks(8), "advice followed"), "SWV", "Regio")
        .orElseThrow();
    assertThat(upheld.kind()).isEqualTo(DecisionLetter.Kind.LWOO_OBJECTION_UPHELD);
    assertThat(upheld.kind().onObjection()).isTrue();
    assertThat(upheld.designatedFrom()).isEmpty();
    DecisionLetter refused = DecisionLetter.of(submitted(evaluate(TWO_DELAYS)).refuse("staff", RECEIVED.plusDays(9), "no delays shown"), "SWV", "Regio")
        .orElseThrow();
    assertThat(refused.kind()).isEqualTo(DecisionLetter.Kind.LWOO_REFUSED);
    assertThat(refused.kind().onObjection()).isFalse();
  }
}
