package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.Versioned;
import nl.passend.application.letters.port.out.LetterOutbox;
import nl.passend.application.letters.port.out.OutboxLetter;

/** The outbox in memory, in the storage's transactions: a letter added in a rolled-back transaction is gone with it. */
public final class InMemoryLetterOutbox implements LetterOutbox {
  private final Table<String, OutboxLetter> table;
  private final InMemoryUnitOfWork unitOfWork;

  /** Creates the outbox in the unit of work. */
  public InMemoryLetterOutbox(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.table = new Table<>("letter", Comparator.naturalOrder(), unitOfWork);
  }

  @Override
  public void add(OutboxLetter letter) {
    unitOfWork.inTransaction(() -> {
      if (table.all().stream().anyMatch(v -> v.value().idempotencyKey().equals(letter.idempotencyKey()))) {
        throw new AlreadyExistsException("letter", letter.idempotencyKey());
      }
      return table.insert(letter.id(), letter);
    });
  }

  @Override
  public List<OutboxLetter> claimDue(Instant now, Instant leaseUntil, int limit) {
    return unitOfWork.inTransaction(() -> {
      List<Versioned<OutboxLetter>> due = table.all().stream()
          .filter(v -> v.value().status() == OutboxLetter.Status.PENDING && !v.value().nextAttemptAt().isAfter(now) && !byPost(v.value()))
          .sorted(Comparator.comparing((Versioned<OutboxLetter> v) -> v.value().nextAttemptAt()).thenComparing(v -> v.value().id()))
          .limit(limit).toList();
      ImmutableList.Builder<OutboxLetter> claimed = ImmutableList.builder();
      for (Versioned<OutboxLetter> v : due) {
        OutboxLetter l = v.value();
        OutboxLetter next = new OutboxLetter(l.id(), l.idempotencyKey(), l.kind(), l.subject(), l.partnership(), l.role(), l.addressee(), l.title(),
            l.document(), l.contentType(), l.status(), l.attempts() + 1, l.createdAt(), leaseUntil, l.sentAt(), l.lastError());
        table.update(l.id(), next, v.version());
        claimed.add(next);
      }
      return claimed.build();
    });
  }

  private static boolean byPost(OutboxLetter l) {
    return l.addressee().map(nl.passend.application.letters.port.in.Addressee::byPost).orElse(false);
  }

  @Override
  public List<OutboxLetter> toPrint(nl.passend.domain.organisation.PartnershipId partnership) {
    return table.all().stream().map(Versioned::value)
        .filter(l -> l.partnership().equals(partnership) && l.status() == OutboxLetter.Status.PENDING && byPost(l))
        .sorted(Comparator.comparing(OutboxLetter::createdAt).thenComparing(OutboxLetter::id)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public Optional<OutboxLetter> find(String id) {
    return table.find(id).map(Versioned::value);
  }

  @Override
  public boolean markPrinted(String id, Instant at) {
    return unitOfWork.inTransaction(() -> {
      Optional<Versioned<OutboxLetter>> v = table.find(id);
      if (v.isEmpty() || v.get().value().status() != OutboxLetter.Status.PENDING || !byPost(v.get().value())) {
        return false;
      }
      table.update(id, sent(v.get().value(), at), v.get().version());
      return true;
    });
  }

  private static OutboxLetter sent(OutboxLetter l, Instant at) {
    return new OutboxLetter(l.id(), l.idempotencyKey(), l.kind(), l.subject(), l.partnership(), l.role(), Optional.empty(), l.title(),
        Optional.empty(), l.contentType(), OutboxLetter.Status.SENT, l.attempts(), l.createdAt(), l.nextAttemptAt(), Optional.of(at), l.lastError());
  }

  @Override
  public void markSent(String id, Instant at) {
    change(id, l -> sent(l, at));
  }

  @Override
  public void markFailed(String id, Instant retryAt, boolean giveUp, String error) {
    change(id, l -> giveUp
        ? new OutboxLetter(l.id(), l.idempotencyKey(), l.kind(), l.subject(), l.partnership(), l.role(), Optional.empty(), l.title(), Optional.empty(),
            l.contentType(), OutboxLetter.Status.FAILED, l.attempts(), l.createdAt(), l.nextAttemptAt(), Optional.empty(), Optional.of(error))
        : new OutboxLetter(l.id(), l.idempotencyKey(), l.kind(), l.subject(), l.partnership(), l.role(), l.addressee(), l.title(), l.document(),
            l.contentType(), l.status(), l.attempts(), l.createdAt(), retryAt, l.sentAt(), Optional.of(error)));
  }

  private void change(String id, java.util.function.UnaryOperator<OutboxLetter> change) {
    unitOfWork.inTransaction(() -> {
      Versioned<OutboxLetter> v = table.find(id).orElseThrow(() -> new NotFoundException("letter", id));
      return table.update(id, change.apply(v.value()), v.version());
    });
  }

  @Override
  public List<OutboxLetter> bySubject(String subject) {
    return table.all().stream().map(Versioned::value).filter(l -> l.subject().equals(subject))
        .sorted(Comparator.comparing(OutboxLetter::createdAt).thenComparing(OutboxLetter::id)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public int deleteBySubject(String subject) {
    return unitOfWork.inTransaction(() -> {
      List<String> ids = bySubject(subject).stream().map(OutboxLetter::id).toList();
      ids.forEach(table::delete);
      return ids.size();
    });
  }
}
