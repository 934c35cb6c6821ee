package nl.passend.application.privacy.port.in;

import java.util.List;
import nl.passend.application.common.Actor;

/** Audittrail inzien (R-PRIV-3): for staff and auditors of the partnership the subject belongs to. */
public interface ReadAuditTrailUseCase {
  /** The entries about the subject within the actor's partnership, oldest first. */
  List<TrailEntry> trail(Actor actor, String subject);
}
