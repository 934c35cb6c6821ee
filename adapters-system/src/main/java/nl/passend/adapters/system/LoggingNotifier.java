package nl.passend.adapters.system;

import java.util.concurrent.atomic.AtomicLong;
import nl.passend.application.common.port.out.Notification;
import nl.passend.application.common.port.out.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands letters to the log of the server until a partnership plugs in its own mail or document
 * adapter; it logs the kind, the subject id and how many recipients, never their references.
 */
public final class LoggingNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);
  private final AtomicLong sent = new AtomicLong();

  @Override
  public void send(Notification n) {
    sent.incrementAndGet();
    LOG.info("letter {} about {} to {} recipient(s)", n.kind(), n.subject(), n.recipients().size());
  }

  /** How many letters it has handed to the log. */
  public long sent() {
    return sent.get();
  }
}
