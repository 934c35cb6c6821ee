package nl.passend.application.decision.port.out;

import nl.passend.domain.decision.DecisionLetter;
import nl.passend.domain.organisation.PolicyId;

/** Maakt de beschikking op: renders a decision letter as a document (the PDF adapter, or another). */
public interface LetterRenderer {
  /**
   * A rendered letter.
   *
   * @param contentType its media type, such as {@code application/pdf}
   * @param content its bytes
   */
  record Rendered(String contentType, byte[] content) {}

  /** Renders the letter with the template of the policy (the default one when the policy has none). */
  Rendered render(DecisionLetter letter, PolicyId policy);
}
