package nl.passend.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.passend.application.letters.port.in.DispatchLettersUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox's dispatcher on one background thread: a round every interval, and at once another
 * while a round found a full batch. A failing round (the database away) is logged by kind only and
 * tried again at the next interval; nothing is lost, because the letters wait in the outbox.
 */
final class OutboxLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxLoop.class);
  static final int BATCH = 50;
  private final DispatchLettersUseCase dispatcher;
  private final Duration interval;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "passend-outbox");
    t.setDaemon(true);
    return t;
  });

  OutboxLoop(DispatchLettersUseCase dispatcher, Duration interval) {
    this.dispatcher = dispatcher;
    this.interval = interval;
  }

  OutboxLoop start() {
    thread.scheduleWithFixedDelay(this::rounds, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void rounds() {
    try {
      DispatchLettersUseCase.Round round;
      do {
        round = dispatcher.dispatchDue(BATCH);
        if (round.claimed() > 0) {
          // Counts only: the letters' addressees never reach the log (R-PRIV-4).
          LOG.info("outbox: {} letters sent, {} to try again, {} given up", round.sent(), round.retried(), round.failed());
        }
      } while (round.claimed() == BATCH && !Thread.currentThread().isInterrupted());
    } catch (RuntimeException e) {
      LOG.warn("outbox round failed ({}); the letters wait for the next round", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
