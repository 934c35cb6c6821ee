package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.Deadlines;

/**
 * Bezwaar: an objection against a decision, with the Awb terms (R-DL-9): made within 6 weeks of the
 * notice; the national committee's advice asked within 2 weeks of receipt; decided within 12 weeks
 * of the end of the objection term, extendable once by 6 weeks.
 *
 * @param by who objected
 * @param receivedOn the day it was received
 * @param decisionNotifiedOn the day the decision objected to was made known
 * @param upheld the outcome, once decided
 * @param decidedOn the day it was decided
 */
public record Objection(
    ObjectingParty by, LocalDate receivedOn, LocalDate decisionNotifiedOn, Optional<Boolean> upheld, Optional<LocalDate> decidedOn) {

  /** Validates the objection. */
  public Objection {
    Validation.present(by, "by");
    Validation.present(receivedOn, "on");
    Validation.present(decisionNotifiedOn, "decisionNotifiedOn");
    Validation.require(!receivedOn.isBefore(decisionNotifiedOn), "on", "an objection cannot precede the decision's notice (%s)", decisionNotifiedOn);
    Validation.present(upheld, "upheld");
    Validation.present(decidedOn, "decidedOn");
    Validation.require(upheld.isPresent() == decidedOn.isPresent(), "upheld", "an objection is decided with an outcome and a date together");
  }

  /** Its deadlines: {@code objectBy}, {@code decideBy}, {@code decideByExtended}, and the advice request. */
  public Deadlines deadlines(DeadlineCalculator calculator) {
    return calculator.objection(decisionNotifiedOn);
  }

  /** The day by which the national committee's advice is asked. */
  public LocalDate adviceRequestBy(DeadlineCalculator calculator) {
    return calculator.objectionAdviceRequestBy(receivedOn);
  }
}
