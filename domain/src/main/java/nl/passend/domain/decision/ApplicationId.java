package nl.passend.domain.decision;

import nl.passend.domain.common.Validation;

/**
 * Aanvraagnummer: the identifier of an admissibility application.
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record ApplicationId(String value) {
  /** Validates the identifier. */
  public ApplicationId {
    Validation.identifier(value, "applicationId");
  }

  /** The identifier with the given value. */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
