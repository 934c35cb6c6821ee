package nl.passend.application.letters;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.in.DispatchLettersUseCase;
import nl.passend.application.letters.port.out.LetterMailer;
import nl.passend.application.letters.port.out.LetterOutbox;
import nl.passend.application.letters.port.out.OutboxLetter;

/**
 * Sends what the outbox holds after the decisions that wrote it committed: claims due letters for a
 * lease, hands each to the mail server, and records the outcome in the outbox and the audit trail. A
 * failed attempt waits {@code retryBase × 2^(attempts−1)} (at most an hour) before the next; after
 * {@code maxAttempts} the letter is given up and the audit trail says so.
 */
public final class LetterDispatchService implements DispatchLettersUseCase {
  /** The actor the audit trail names for the dispatcher. */
  public static final String ACTOR = "system:outbox";
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /**
   * How the dispatcher retries.
   *
   * @param retryBase the wait after the first failure
   * @param maxAttempts attempts before a letter is given up
   * @param lease how long a claim keeps other dispatchers away; longer than one send takes
   */
  public record Settings(Duration retryBase, int maxAttempts, Duration lease) {
    /** Validates the settings. */
    public Settings {
      requireNonNull(retryBase, "retryBase");
      requireNonNull(lease, "lease");
      if (retryBase.isNegative() || retryBase.isZero() || maxAttempts < 1 || lease.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("retryBase > 0, maxAttempts >= 1 and lease >= 1 s");
      }
    }

    /** Thirty seconds doubling to an hour, twelve attempts (about seven hours), a lease of five minutes. */
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(30), 12, Duration.ofMinutes(5));
    }
  }

  private final LetterOutbox outbox;
  private final LetterMailer mailer;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final Clock clock;
  private final Settings settings;

  /** Creates the dispatcher. */
  public LetterDispatchService(LetterOutbox outbox, LetterMailer mailer, UnitOfWork unitOfWork, AuditLog audit, Clock clock, Settings settings) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.mailer = requireNonNull(mailer, "mailer");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
    this.settings = requireNonNull(settings, "settings");
  }

  @Override
  public Round dispatchDue(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit >= 1");
    }
    Instant now = clock.now();
    List<OutboxLetter> claimed = outbox.claimDue(now, now.plus(settings.lease()), limit);
    int sent = 0;
    int retried = 0;
    int failed = 0;
    for (OutboxLetter letter : claimed) {
      Outcome outcome = send(letter);
      switch (outcome) {
        case SENT -> sent++;
        case RETRY -> retried++;
        case GIVEN_UP -> failed++;
        default -> throw new IllegalStateException(outcome.name());
      }
    }
    return new Round(sent, retried, failed);
  }

  private enum Outcome { SENT, RETRY, GIVEN_UP }

  private Outcome send(OutboxLetter letter) {
    Addressee to = letter.addressee().orElseThrow(() -> new IllegalStateException(letter + " has no addressee"));
    try {
      // The outbox hands a dispatcher only letters that go by e-mail; letters by post are printed (LetterPrintService).
      mailer.send(new LetterMailer.Mail(messageId(letter), to.name(), to.email().orElseThrow(() -> new IllegalStateException(letter.id()
          + " goes by post, not by e-mail")), letter.title(), body(letter, to), fileName(letter),
          letter.contentType(), letter.document().orElseThrow()));
    } catch (LetterMailer.DeliveryFailedException e) {
      Instant now = clock.now();
      boolean giveUp = letter.attempts() >= settings.maxAttempts();
      Instant retryAt = now.plus(backoff(letter.attempts()));
      String error = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
      unitOfWork.inTransaction(() -> {
        outbox.markFailed(letter.id(), retryAt, giveUp, error);
        audit.append(new AuditEntry(now, ACTOR, giveUp ? "letter.failed" : "letter.retry", letter.subject(), Optional.of(letter.partnership()),
            "letter " + letter.id() + " to " + letter.role() + ", attempt " + letter.attempts() + ": " + error
                + (giveUp ? "; given up" : "; next attempt at " + retryAt)));
        return null;
      });
      return giveUp ? Outcome.GIVEN_UP : Outcome.RETRY;
    }
    Instant now = clock.now();
    unitOfWork.inTransaction(() -> {
      outbox.markSent(letter.id(), now);
      audit.append(new AuditEntry(now, ACTOR, "letter.sent", letter.subject(), Optional.of(letter.partnership()),
          "letter " + letter.id() + " to " + letter.role() + ", attempt " + letter.attempts()));
      return null;
    });
    return Outcome.SENT;
  }

  /** The wait after the given number of failed attempts: the base doubling, at most an hour. */
  public Duration backoff(int attempts) {
    Duration wait = settings.retryBase();
    for (int i = 1; i < attempts && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /** One Message-ID per idempotency key: a mail sent again after a crash is the same message to its receiver. */
  static String messageId(OutboxLetter letter) {
    return "<" + letter.idempotencyKey().replaceAll("[^A-Za-z0-9.-]", ".") + "@passend>";
  }

  private static String fileName(OutboxLetter letter) {
    return "beschikking-" + letter.subject().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
  }

  private static String body(OutboxLetter letter, Addressee to) {
    return "Geachte " + to.name() + ",\n\n"
        + "Bijgevoegd vindt u de beschikking over aanvraag " + letter.subject() + " (" + letter.title() + ").\n"
        + "In de beschikking leest u het besluit, de redenen en hoe u bezwaar kunt maken.\n\n"
        + "Dit bericht is automatisch verzonden; u kunt er niet op antwoorden.\n";
  }
}
