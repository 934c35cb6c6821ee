package nl.passend.domain.decision;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;

/**
 * Advies van de commissie van advies: in a policy with an advice step ({@code vo-22-01}, R-DL-3) the
 * committee advises and the partnership's director decides within a week of the advice.
 *
 * @param advice what the committee advises
 * @param on the day of the advice
 * @param by who recorded it (an actor reference)
 * @param reason the committee's reasoning
 */
public record CommitteeAdvice(Outcome advice, LocalDate on, String by, String reason) {
  /** What the committee advises. */
  public enum Outcome {
    /** Grant the statement. */
    GRANT,
    /** Refuse the statement. */
    REFUSE
  }

  /** Validates the advice. */
  public CommitteeAdvice {
    Validation.present(advice, "advice");
    Validation.present(on, "on");
    by = Validation.text(by, "by");
    reason = reason == null ? "" : reason.strip();
  }
}
