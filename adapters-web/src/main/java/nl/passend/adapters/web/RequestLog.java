package nl.passend.adapters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The request log, written by a background thread so that a request never waits for the log's
 * lock or a flush. A line is never lost: when the queue is full the request writes its own line,
 * and {@link #close()} writes what is left. Lines hold method, route template, status and
 * duration only (no ids, query values or bodies).
 */
final class RequestLog implements AutoCloseable {
  /** Told apart by identity: no real line is this instance. */
  private static final String STOP = new String("stop");
  private final Logger log;
  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(16_384);
  private final Thread writer;

  RequestLog(Logger log) {
    this.log = log;
    this.writer = new Thread(this::drain, "passend-request-log");
    writer.setDaemon(true);
    writer.start();
  }

  void add(String method, String route, int status, long millis) {
    String line = method + " " + route + " -> " + status + " in " + millis + " ms";
    if (!queue.offer(line)) {
      log.info(line);
    }
  }

  private void drain() {
    List<String> batch = new ArrayList<>(256);
    try {
      while (true) {
        String first = queue.take();
        batch.add(first);
        queue.drainTo(batch, 255);
        for (String line : batch) {
          if (line == STOP) {
            return;
          }
          log.info(line);
        }
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes every queued line, then stops the writer. */
  @Override
  public void close() {
    try {
      queue.put(STOP);
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> rest = new ArrayList<>();
    queue.drainTo(rest);
    rest.stream().filter(l -> l != STOP).forEach(log::info);
  }
}
