package nl.passend.domain.common;

import static java.util.Objects.requireNonNull;

/**
 * Ongeldige waarde: a value that breaks a rule of the domain, with the name of the field it came
 * from so that an adapter can point the caller at it.
 *
 * <p>The message says which rule was broken and, where it is not personal data, the value itself.
 * Personal data (a citizen number, a date of birth) is never put in the message.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /**
   * Creates the error.
   *
   * @param field the name of the field, as callers know it (e.g. {@code brin}, {@code enrolments})
   * @param reason what is wrong, in one sentence
   */
  public InvalidValueException(String field, String reason) {
    super(requireNonNull(field, "field") + ": " + requireNonNull(reason, "reason"));
    this.field = field;
    this.reason = reason;
  }

  /** The name of the offending field. */
  public String field() {
    return field;
  }

  /** What is wrong with it, without the field name. */
  public String reason() {
    return reason;
  }
}
