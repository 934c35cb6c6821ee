package nl.passend.application.letters;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.in.LetterDelivery;
import nl.passend.application.letters.port.in.PrintLettersUseCase;
import nl.passend.application.letters.port.out.LetterOutbox;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.PartnershipId;

/** Letters by post: listed for the partnership's staff, printed from the outbox, and then erased from it. */
public final class LetterPrintService implements PrintLettersUseCase {
  private final LetterOutbox outbox;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final Clock clock;

  /** Creates the service. */
  public LetterPrintService(LetterOutbox outbox, AccessPolicy access, UnitOfWork unitOfWork, AuditLog audit, Clock clock) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public List<LetterToPrint> toPrint(Actor actor, PartnershipId partnership) {
    requireStaff(actor, partnership);
    return outbox.toPrint(partnership).stream().map(l -> {
      Addressee to = l.addressee().orElseThrow();
      return new LetterToPrint(l.id(), l.subject(), l.role(), to.name(), to.postalAddress().orElseThrow(), l.title(), l.createdAt());
    }).toList();
  }

  @Override
  public Document document(Actor actor, String letterId) {
    OutboxLetter letter = waitingToPrint(actor, letterId);
    return new Document(letter.contentType(), letter.document().orElseThrow());
  }

  @Override
  public LetterDelivery markPrinted(Actor actor, String letterId) {
    return unitOfWork.inTransaction(() -> {
      OutboxLetter letter = waitingToPrint(actor, letterId);
      if (!outbox.markPrinted(letterId, clock.now())) {
        throw new RuleViolationException("R-DL-6", "letter " + letterId + " was printed meanwhile");
      }
      audit.append(new AuditEntry(clock.now(), actor.reference(), "letter.printed", letter.subject(), Optional.of(letter.partnership()),
          "letter " + letterId + " to " + letter.role() + " printed to be posted"));
      return LetterDelivery.of(outbox.find(letterId).orElseThrow());
    });
  }

  /** The letter, for the staff of its partnership, when it goes by post and is not printed yet. */
  private OutboxLetter waitingToPrint(Actor actor, String letterId) {
    OutboxLetter letter = outbox.find(letterId).orElseThrow(() -> new NotFoundException("letter", letterId));
    requireStaff(actor, letter.partnership());
    if (letter.status() != OutboxLetter.Status.PENDING || !letter.addressee().map(Addressee::byPost).orElse(false)) {
      throw new RuleViolationException("R-DL-6", "letter " + letterId + " is no letter by post waiting to be printed (it is "
          + letter.status() + (letter.addressee().map(Addressee::byPost).orElse(true) ? "" : ", by e-mail") + ")");
    }
    return letter;
  }

  private void requireStaff(Actor actor, PartnershipId partnership) {
    if (!access.isStaffOf(actor, partnership)) {
      throw new AccessDeniedException("letters by post are printed by the staff of their partnership");
    }
  }
}
