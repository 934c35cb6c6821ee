package nl.passend.domain.decision;

import static nl.passend.domain.decision.DecisionFixtures.PO;
import static nl.passend.domain.decision.DecisionFixtures.PO_DEADLINES;
import static nl.passend.domain.decision.DecisionFixtures.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-DL-6 and R-DL-9: which letter a decided application has, and what it says. */
class DecisionLetterTest {
  private static AdmissibilityApplication refused() {
    return DecisionFixtures.underAssessment().scheduleHearing("c", RECEIVED.plusDays(8), "").refuse(PO, "c", RECEIVED.plusDays(10), "criteria not met");
  }

  @Test
  void anUndecidedApplicationHasNoLetter_R_DL_6() {
    assertThat(DecisionLetter.of(DecisionFixtures.underAssessment(), "SWV", "Regio")).isEmpty();
  }

  @Test
  void aGrantLetterNamesTheStatementAndTheObjectionsLastDay_R_DL_6() {
    AdmissibilityApplication granted = DecisionFixtures.complete(DecisionFixtures.underAssessment(), Optional.empty())
        .grant(PO, 7, "c", RECEIVED.plusDays(20), "meets the criteria", new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
            Optional.empty(), Optional.empty()));
    DecisionLetter letter = DecisionLetter.of(granted, "SWV", "Regio").orElseThrow();
    assertThat(letter.kind()).isEqualTo(DecisionLetter.Kind.GRANTED);
    assertThat(letter.decidedOn()).isEqualTo(RECEIVED.plusDays(20));
    assertThat(letter.objectionLastDay()).isEqualTo(RECEIVED.plusDays(20).plusWeeks(6));
    assertThat(letter.statement().orElseThrow().number()).isEqualTo(7);
    assertThat(letter.reasons()).isEqualTo("meets the criteria");
    assertThat(letter.kind().onObjection()).isFalse();
  }

  @Test
  void aRefusalLetterHasNoStatement_R_DL_6() {
    DecisionLetter letter = DecisionLetter.of(refused(), "SWV", "Regio").orElseThrow();
    assertThat(letter.kind()).isEqualTo(DecisionLetter.Kind.REFUSED);
    assertThat(letter.statement()).isEmpty();
    assertThat(letter.reasons()).isEqualTo("criteria not met");
  }

  @Test
  void theDecisionOnAnObjectionHasALetterOfItsOwn_R_DL_9() {
    AdmissibilityApplication objected = refused().object(ObjectingParty.GUARDIANS, PO_DEADLINES, "s", RECEIVED.plusDays(15), "");
    assertThat(DecisionLetter.of(objected, "SWV", "Regio").orElseThrow().kind()).isEqualTo(DecisionLetter.Kind.REFUSED);
    DecisionLetter upheld = DecisionLetter.of(objected.decideObjection(true, "s", RECEIVED.plusDays(60), "advice followed"), "SWV", "Regio")
        .orElseThrow();
    assertThat(upheld.kind()).isEqualTo(DecisionLetter.Kind.OBJECTION_UPHELD);
    assertThat(upheld.kind().onObjection()).isTrue();
    assertThat(upheld.decidedOn()).isEqualTo(RECEIVED.plusDays(60));
    assertThat(upheld.objectionLastDay()).isEqualTo(RECEIVED.plusDays(60).plusWeeks(6));
    DecisionLetter dismissed = DecisionLetter.of(objected.decideObjection(false, "s", RECEIVED.plusDays(60), ""), "SWV", "Regio").orElseThrow();
    assertThat(dismissed.kind()).isEqualTo(DecisionLetter.Kind.OBJECTION_DISMISSED);
    assertThat(dismissed.statement()).isEmpty();
  }
}
