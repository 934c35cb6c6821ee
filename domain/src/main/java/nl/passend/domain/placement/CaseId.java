package nl.passend.domain.placement;

import nl.passend.domain.common.Validation;

/**
 * Dossiernummer: the identifier of a placement-duty or out-of-school case.
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record CaseId(String value) {
  /** Validates the identifier. */
  public CaseId {
    Validation.identifier(value, "caseId");
  }

  /** The identifier with the given value. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
