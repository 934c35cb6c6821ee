package nl.passend.domain.decision;

/** Status van een verklaring: a statement is in force, has run out, or was revoked. */
public enum StatementStatus {
  /** Geldig. */
  ACTIVE,
  /** Verlopen: the end date has passed. */
  EXPIRED,
  /** Ingetrokken. */
  REVOKED
}
