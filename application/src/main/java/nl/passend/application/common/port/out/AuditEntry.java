package nl.passend.application.common.port.out;

import java.time.Instant;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Auditregel: who did what to which subject, when and why (R-PRIV-3). Only ids, roles and reasons;
 * no personal data beyond pseudonymous ids.
 *
 * @param at when
 * @param actor the actor's reference (role and scope)
 * @param action what was done (e.g. {@code application.grant})
 * @param subject the id of what it was done to
 * @param partnership the partnership the subject belongs to, when it belongs to one
 * @param reason why, as given
 */
public record AuditEntry(Instant at, String actor, String action, String subject, Optional<PartnershipId> partnership, String reason) {
  /** Validates the entry. */
  public AuditEntry {
    Validation.present(at, "at");
    actor = Validation.text(actor, "actor");
    action = Validation.text(action, "action");
    subject = Validation.text(subject, "subject");
    Validation.present(partnership, "partnership");
    reason = reason == null ? "" : reason.strip();
  }
}
