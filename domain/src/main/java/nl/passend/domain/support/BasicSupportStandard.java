package nl.passend.domain.support;

import nl.passend.domain.common.Validation;

/**
 * Referentie / onderdeel basisondersteuning: one item of a partnership's basic-support standard
 * (R-SUP-3).
 *
 * @param code a short stable code, unique within its catalogue (e.g. {@code BO-1})
 * @param description what the school offers or does, in English
 */
public record BasicSupportStandard(String code, String description) {
  /** Validates the item. */
  public BasicSupportStandard {
    Validation.identifier(code, "code");
    description = Validation.text(description, "description");
  }
}
