package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.domain.organisation.PartnershipId;

/** The audit log in memory: append-only; an entry of a rolled-back transaction disappears with it. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
  private final InMemoryUnitOfWork unitOfWork;

  /** Creates the log in the unit of work. */
  public InMemoryAuditLog(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void append(AuditEntry entry) {
    unitOfWork.write(() -> {
      entries.add(entry);
      unitOfWork.onRollback(() -> entries.remove(entry));
      return null;
    });
  }

  @Override
  public List<AuditEntry> bySubject(String subject) {
    return entries.stream().filter(e -> e.subject().equals(subject)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AuditEntry> byPartnership(PartnershipId partnership) {
    return entries.stream().filter(e -> e.partnership().map(partnership::equals).orElse(false)).collect(ImmutableList.toImmutableList());
  }
}
