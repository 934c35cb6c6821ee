package nl.passend.application.letters.port.out;

import java.time.Instant;
import java.util.Optional;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Uitgaande brief: one letter to one addressee in the outbox.
 *
 * @param id the letter's id
 * @param idempotencyKey sent at most once per key: the decision (application and version) and the addressee's place
 * @param kind the kind of letter, e.g. {@code DECISION_LETTER}
 * @param subject the id of the case it is about
 * @param partnership the case's partnership
 * @param role the addressee's role, kept after sending
 * @param addressee the name and address; empty once sent or given up (erased, R-PRIV-2)
 * @param title the mail's subject line, without personal data
 * @param document the rendered letter; empty once sent or given up
 * @param contentType the document's media type
 * @param status where it is
 * @param attempts how often sending was tried (claimed)
 * @param createdAt when it was queued
 * @param nextAttemptAt when it may be claimed (again)
 * @param sentAt when the mail server accepted it
 * @param lastError why the last attempt failed, without personal data
 */
public record OutboxLetter(String id, String idempotencyKey, String kind, String subject, PartnershipId partnership, Addressee.Role role,
    Optional<Addressee> addressee, String title, Optional<byte[]> document, String contentType, Status status, int attempts, Instant createdAt,
    Instant nextAttemptAt, Optional<Instant> sentAt, Optional<String> lastError) {

  /** Where a letter is. */
  public enum Status {
    /** Waiting to be sent (or claimed by a dispatcher until its lease ends). */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last attempt. */
    FAILED
  }

  /** Validates the letter: a pending letter has its addressee and document. */
  public OutboxLetter {
    Validation.text(id, "id");
    Validation.text(idempotencyKey, "idempotencyKey");
    Validation.text(kind, "kind");
    Validation.text(subject, "subject");
    Validation.present(partnership, "partnership");
    Validation.present(role, "role");
    Validation.present(addressee, "addressee");
    Validation.text(title, "title");
    Validation.present(document, "document");
    Validation.text(contentType, "contentType");
    Validation.present(status, "status");
    Validation.require(attempts >= 0, "attempts", "is not negative");
    Validation.present(createdAt, "createdAt");
    Validation.present(nextAttemptAt, "nextAttemptAt");
    Validation.present(sentAt, "sentAt");
    Validation.present(lastError, "lastError");
    Validation.require(status != Status.PENDING || (addressee.isPresent() && document.isPresent()), "status",
        "a pending letter has its addressee and document");
    Validation.require(status == Status.SENT == sentAt.isPresent(), "sentAt", "is known exactly when the letter was sent");
    addressee.ifPresent(a -> Validation.require(a.role() == role, "role", "is the addressee's role"));
  }

  /** A new letter, due at once. */
  public static OutboxLetter queued(String id, String idempotencyKey, String kind, String subject, PartnershipId partnership, Addressee addressee,
      String title, byte[] document, String contentType, Instant now) {
    return new OutboxLetter(id, idempotencyKey, kind, subject, partnership, addressee.role(), Optional.of(addressee), title,
        Optional.of(document.clone()), contentType, Status.PENDING, 0, now, now, Optional.empty(), Optional.empty());
  }

  /** The same letter under another letter's idempotency key (what a repeated request would write). */
  public OutboxLetter withKeyOf(OutboxLetter other) {
    return new OutboxLetter(id, other.idempotencyKey(), kind, subject, partnership, role, addressee, title, document, contentType, status, attempts,
        createdAt, nextAttemptAt, sentAt, lastError);
  }

  /** Only what may be logged. */
  @Override
  public String toString() {
    return "OutboxLetter[" + id + ", " + kind + ", " + subject + ", " + role + ", " + status + ", attempts " + attempts + "]";
  }
}
