package nl.passend.application.common.port.out;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.Validation;

/**
 * Bericht: a letter the application sends, such as the decision letter of R-DL-6. Recipients are
 * references ({@code school:99AA00}, {@code guardians:<studentId>}); the adapter resolves them.
 *
 * @param kind the kind of letter (e.g. {@code DECISION_LETTER})
 * @param subject the id of what it is about
 * @param recipients who receives it
 * @param summary what it says, without personal data
 */
public record Notification(String kind, String subject, List<String> recipients, String summary) {
  /** Validates the letter. */
  public Notification {
    kind = Validation.text(kind, "kind");
    subject = Validation.text(subject, "subject");
    recipients = ImmutableList.copyOf(Validation.present(recipients, "recipients"));
    Validation.require(!recipients.isEmpty(), "recipients", "a letter has at least one recipient");
    summary = Validation.text(summary, "summary");
  }
}
