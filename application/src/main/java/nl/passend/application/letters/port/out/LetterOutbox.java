package nl.passend.application.letters.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Postvak uit: the letters waiting to be sent, in the storage's transactions. A letter added in a
 * transaction that rolls back is gone with it. Claiming is safe when several instances dispatch from
 * one database: each due letter is claimed by one of them, for a lease.
 */
public interface LetterOutbox {
  /**
   * Adds a letter in the current transaction.
   *
   * @throws nl.passend.application.common.AlreadyExistsException when a letter with the same idempotency key is there
   */
  void add(OutboxLetter letter);

  /**
   * Claims up to {@code limit} pending letters due at {@code now}, oldest first: each claimed letter's
   * attempts go up by one and it is not due again before {@code leaseUntil}, so that no other dispatcher
   * takes it meanwhile. Commits at once; a dispatcher that dies holding a claim leaves the letter to the
   * next one after the lease. Letters that go by post are never claimed: they wait for {@link #markPrinted}.
   */
  List<OutboxLetter> claimDue(Instant now, Instant leaseUntil, int limit);

  /** The pending letters of a partnership that go by post, oldest first: for its staff to print and post. */
  List<OutboxLetter> toPrint(PartnershipId partnership);

  /** The letter with this id. */
  Optional<OutboxLetter> find(String id);

  /**
   * Records that a pending letter by post was printed to be posted: SENT at {@code at}, its addressee
   * and document erased (R-PRIV-2). False, and nothing changed, when it is no pending letter by post
   * (printed already, or one that goes by e-mail).
   */
  boolean markPrinted(String id, Instant at);

  /** Records that the mail server accepted the letter: SENT, its addressee and document erased. */
  void markSent(String id, Instant at);

  /**
   * Records a failed attempt: due again at {@code retryAt}, or, when {@code giveUp}, FAILED with its
   * addressee and document erased.
   */
  void markFailed(String id, Instant retryAt, boolean giveUp, String error);

  /** The letters about a case, oldest first. */
  List<OutboxLetter> bySubject(String subject);

  /** Erases the letters about a case (R-PRIV-2); how many there were. */
  int deleteBySubject(String subject);
}
