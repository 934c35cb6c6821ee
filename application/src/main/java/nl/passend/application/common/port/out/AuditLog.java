package nl.passend.application.common.port.out;

import java.util.List;
import nl.passend.domain.organisation.PartnershipId;

/** Auditlog: the append-only record of every change (R-PRIV-3). There is no way to change or remove an entry. */
public interface AuditLog {
  /** Appends an entry. */
  void append(AuditEntry entry);

  /** The entries about a subject, oldest first. */
  List<AuditEntry> bySubject(String subject);

  /** The entries of a partnership, oldest first. */
  List<AuditEntry> byPartnership(PartnershipId partnership);
}
