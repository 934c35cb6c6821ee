package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;

import java.time.Instant;
import nl.passend.application.Passend;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.in.PrintLettersUseCase;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Letters by post (issue 19): the partnership's staff list the decision letters to addressees without
 * e-mail, fetch each PDF to print, and mark it printed, which erases the addressee from the outbox.
 */
final class LetterRoutes {
  private static final String LETTERS = Api.BASE + "/letters";
  private final Passend passend;

  LetterRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.get(LETTERS + "/to-print", ctx -> {
      PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      Http.json(ctx, 200, Http.page(ctx, passend.letterPrinting().toPrint(Http.actor(ctx), partnership).stream().map(ToPrint::of).toList()));
    });
    r.get(LETTERS + "/{id}/document", ctx -> {
      var letter = passend.letterPrinting().document(Http.actor(ctx), ctx.pathParam("id"));
      ctx.status(200).contentType(letter.contentType()).header("Content-Disposition", "inline; filename=\"brief-" + ctx.pathParam("id") + ".pdf\"")
          .result(letter.content());
    });
    r.post(LETTERS + "/{id}/printed", ctx -> Http.json(ctx, 200, ApplicationRoutes.LetterDeliveryResponse.of(
        passend.letterPrinting().markPrinted(Http.actor(ctx), ctx.pathParam("id")))));
  }

  /** A letter to print, with the envelope's name and address (shown to the partnership's staff only). */
  record ToPrint(String id, String subject, Addressee.Role role, String name, String postalAddress, String title, Instant queuedAt) {
    static ToPrint of(PrintLettersUseCase.LetterToPrint l) {
      return new ToPrint(l.id(), l.subject(), l.role(), l.name(), l.postalAddress(), l.title(), l.queuedAt());
    }
  }
}
