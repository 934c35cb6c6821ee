package nl.passend.application.testing.memory;

import java.nio.charset.StandardCharsets;
import nl.passend.application.decision.port.out.LetterRenderer;
import nl.passend.domain.decision.DecisionLetter;
import nl.passend.domain.organisation.PolicyId;

/** Renders a decision letter as plain text: what tests and embedders without the PDF adapter can read back. */
public final class PlainTextLetterRenderer implements LetterRenderer {
  @Override
  public Rendered render(DecisionLetter letter, PolicyId policy) {
    String text = String.join("\n", letter.partnershipName(), "Aanvraag " + letter.applicationId(), "Besluit " + letter.kind() + " op "
        + letter.decidedOn(), letter.reasons(), "Wettelijke grondslag " + letter.legalBasis(), "Bezwaar tot en met " + letter.objectionLastDay(),
        "Beleid " + policy.value());
    text += letter.criteria().map(c -> "\nToetsing " + c.scheme() + " " + c.schemeVersion() + c.lines().stream()
        .map(l -> "\n- " + l.sentence() + " " + l.verdict()).reduce("", String::concat)).orElse("");
    return new Rendered("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }
}
