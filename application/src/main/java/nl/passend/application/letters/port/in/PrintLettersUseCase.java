package nl.passend.application.letters.port.in;

import java.time.Instant;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Brieven per post: decision letters to addressees without e-mail (Awb 2:14: a decision goes
 * electronically only to who asked for it) wait in the outbox until the partnership's staff print and
 * post them. Only the partnership's staff see the addressees; once printed, the name, address and
 * letter are erased from the outbox (R-PRIV-2) and the audit trail records it by role and letter id.
 */
public interface PrintLettersUseCase {
  /**
   * A letter waiting to be printed and posted.
   *
   * @param id the letter's id in the outbox
   * @param subject the application or LWOO designation it is about
   * @param role the addressee's role
   * @param name the name for the envelope
   * @param postalAddress the address for the envelope, in lines
   * @param title the letter's title
   * @param queuedAt when the decision put it in the outbox
   */
  record LetterToPrint(String id, String subject, Addressee.Role role, String name, String postalAddress, String title, Instant queuedAt) {}

  /**
   * A letter's document, as rendered with its decision.
   *
   * @param contentType its media type
   * @param content its bytes
   */
  record Document(String contentType, byte[] content) {}

  /** The partnership's letters by post still to print, oldest first; for its staff. */
  List<LetterToPrint> toPrint(Actor actor, PartnershipId partnership);

  /**
   * The letter to print, as rendered with its decision.
   *
   * @throws nl.passend.application.common.NotFoundException for an unknown letter
   * @throws nl.passend.domain.common.RuleViolationException R-DL-6 when it is not a letter by post waiting to be printed
   */
  Document document(Actor actor, String letterId);

  /**
   * Records that the letter was printed to be posted: it is sent, and its addressee and document are erased.
   *
   * @throws nl.passend.domain.common.RuleViolationException R-DL-6 when it is not a letter by post waiting to be printed
   */
  LetterDelivery markPrinted(Actor actor, String letterId);
}
