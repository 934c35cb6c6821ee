package nl.passend.domain.common;

import static java.util.Objects.requireNonNull;

/**
 * Regel geschonden: a business rule of the domain refuses what was asked (a full class, an illegal
 * transition, a missing precondition the caller can fix), with the id of the rule (e.g.
 * {@code R-SUP-2}). Bad input is an {@link InvalidValueException} instead.
 */
public class RuleViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  /**
   * Creates the rejection.
   *
   * @param ruleId the rule's id in SPEC.md
   * @param message what was refused and why, without personal data
   */
  public RuleViolationException(String ruleId, String message) {
    super(requireNonNull(message, "message") + " (" + requireNonNull(ruleId, "ruleId") + ")");
    this.ruleId = ruleId;
  }

  /** The id of the rule that refused, e.g. {@code R-SUP-2}. */
  public String ruleId() {
    return ruleId;
  }
}
