package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.passend.application.common.port.out.Notification;
import nl.passend.application.common.port.out.Notifier;

/**
 * An outbox of letters in memory: what a mail or document adapter would send. A letter of a
 * rolled-back transaction is withdrawn with it.
 */
public final class OutboxNotifier implements Notifier {
  private final List<Notification> sent = new CopyOnWriteArrayList<>();
  private final InMemoryUnitOfWork unitOfWork;

  /** An outbox that takes part in the storage's transactions. */
  public OutboxNotifier(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** An outbox outside any transaction. */
  public OutboxNotifier() {
    this(new InMemoryUnitOfWork());
  }

  @Override
  public void send(Notification notification) {
    sent.add(notification);
    unitOfWork.onRollback(() -> sent.remove(notification));
  }

  /** The letters sent so far. */
  public List<Notification> sent() {
    return ImmutableList.copyOf(sent);
  }
}
