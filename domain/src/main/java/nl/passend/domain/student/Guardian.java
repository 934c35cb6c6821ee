package nl.passend.domain.student;

import nl.passend.domain.common.Validation;

/**
 * Ouder / verzorger: a guardian of a student who takes part in decisions, gives a view (zienswijze)
 * and consent, and may object. The name is personal data and is masked in {@link #toString()}.
 *
 * @param reference a pseudonymous reference for the guardian
 * @param name the guardian's name, for letters
 * @param parentalAuthority whether the guardian holds parental authority (gezag), needed for consent
 */
public record Guardian(String reference, String name, boolean parentalAuthority) {
  /** Validates the guardian. */
  public Guardian {
    Validation.identifier(reference, "guardian.reference");
    name = Validation.text(name, "guardian.name");
  }

  /** A masked form without the name. */
  @Override
  public String toString() {
    return "Guardian[" + reference + "]";
  }
}
