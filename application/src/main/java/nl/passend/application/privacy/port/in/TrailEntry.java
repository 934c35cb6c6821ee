package nl.passend.application.privacy.port.in;

import java.time.Instant;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;

/**
 * One entry of an audit trail as an auditor reads it (R-PRIV-3): who did what to which subject,
 * when, and why; never personal data.
 *
 * @param at when
 * @param actor the actor's reference (role and scope, never a name)
 * @param action what was done, such as {@code application.grant}
 * @param subject the id of what it was done to
 * @param partnership the partnership it belongs to, if any
 * @param reason the reason given
 */
public record TrailEntry(Instant at, String actor, String action, String subject, Optional<PartnershipId> partnership, String reason) {
  /** Validates the entry. */
  public TrailEntry {
    Validation.present(at, "at");
    Validation.present(partnership, "partnership");
  }
}
