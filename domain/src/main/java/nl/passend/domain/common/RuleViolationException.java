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
  private final java.util.List<String> missing;

  /**
   * Creates the rejection.
   *
   * @param ruleId the rule's id in SPEC.md
   * @param message what was refused and why, without personal data
   */
  public RuleViolationException(String ruleId, String message) {
    this(ruleId, message, java.util.List.of());
  }

  /**
   * Creates the rejection with the parts that are missing (for example the dossier items of R-TLV-2).
   *
   * @param ruleId the rule's id in SPEC.md
   * @param message what was refused and why, without personal data
   * @param missing what is missing, in words or as item names
   */
  public RuleViolationException(String ruleId, String message, java.util.List<String> missing) {
    super(requireNonNull(message, "message") + " (" + requireNonNull(ruleId, "ruleId") + ")");
    this.ruleId = ruleId;
    this.missing = java.util.List.copyOf(requireNonNull(missing, "missing"));
  }

  /** What is missing for the rule to allow the step; empty when the rule names nothing missing. */
  public java.util.List<String> missing() {
    return missing;
  }

  /** The id of the rule that refused, e.g. {@code R-SUP-2}. */
  public String ruleId() {
    return ruleId;
  }
}
