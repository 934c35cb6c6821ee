package nl.passend.domain.decision;

import static nl.passend.domain.decision.DecisionFixtures.PO;
import static nl.passend.domain.decision.DecisionFixtures.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §5.2: the steps a state allows, as a client offers them; R-DL-3: the advice step only under a policy that has it, once. */
class NextStepsTest {
  @Test
  void eachStateOffersTheStepsOfTheProcedure() {
    AdmissibilityApplication submitted = DecisionFixtures.submitted(nl.passend.domain.organisation.SchoolType.SBO, Optional.empty());
    assertThat(submitted.nextSteps(false)).containsExactly(Action.ACKNOWLEDGE);
    AdmissibilityApplication assessing = DecisionFixtures.underAssessment();
    assertThat(assessing.nextSteps(false)).contains(Action.SCHEDULE_HEARING, Action.GRANT).doesNotContain(Action.REFUSE, Action.ADVISE,
        Action.ACKNOWLEDGE, Action.SUBMIT, Action.STATEMENT_REPLACED);
    assertThat(assessing.nextSteps(true)).contains(Action.ADVISE);
    AdmissibilityApplication hearing = assessing.scheduleHearing("c", RECEIVED.plusDays(8), "");
    assertThat(hearing.nextSteps(false)).contains(Action.GRANT, Action.REFUSE, Action.NOT_CONSIDER);
    AdmissibilityApplication refused = hearing.refuse(PO, "c", RECEIVED.plusDays(10), "");
    assertThat(refused.nextSteps(true)).containsExactly(Action.OBJECT);
  }
}
