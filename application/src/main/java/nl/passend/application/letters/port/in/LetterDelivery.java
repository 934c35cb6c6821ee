package nl.passend.application.letters.port.in;

import java.time.Instant;
import java.util.Optional;
import nl.passend.application.letters.port.out.OutboxLetter;

/**
 * Verzendstatus: how far one letter got, without its addressee's personal data.
 *
 * @param id the letter's id in the outbox
 * @param role the addressee's role
 * @param status {@code PENDING}, {@code SENT} or {@code FAILED}
 * @param attempts how often sending was tried
 * @param queuedAt when the decision put it in the outbox
 * @param sentAt when the mail server accepted it
 */
public record LetterDelivery(String id, Addressee.Role role, Status status, int attempts, Instant queuedAt, Optional<Instant> sentAt) {
  /** Where a letter is. */
  public enum Status {
    /** Waiting to be sent, or waiting for the next attempt. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last attempt. */
    FAILED
  }

  /** The delivery state of a letter in the outbox. */
  public static LetterDelivery of(OutboxLetter letter) {
    return new LetterDelivery(letter.id(), letter.role(), Status.valueOf(letter.status().name()), letter.attempts(), letter.createdAt(), letter.sentAt());
  }
}
