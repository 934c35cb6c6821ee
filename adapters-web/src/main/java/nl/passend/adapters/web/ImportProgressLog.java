package nl.passend.adapters.web;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.passend.application.student.port.in.ImportStudentsUseCase;

/**
 * The log lines of a student import a person can follow: at most one every {@link #EVERY_SECONDS}
 * seconds while it runs, with the lines read, the students among them, the bad lines found and the
 * rate, and one line at its end. Only counts and the partnership's id are logged, never a student.
 */
final class ImportProgressLog implements Consumer<ImportStudentsUseCase.Progress> {
  static final long EVERY_SECONDS = 2;

  private final String partnership;
  private final Consumer<String> log;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastLogged;

  /**
   * Starts the log of one import.
   *
   * @param partnership the partnership's id, named in every line
   * @param log where the lines go
   * @param nanoTime a monotonic clock in nanoseconds ({@link System#nanoTime} in the server)
   */
  ImportProgressLog(String partnership, Consumer<String> log, LongSupplier nanoTime) {
    this.partnership = partnership;
    this.log = log;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastLogged = started;
  }

  @Override
  public void accept(ImportStudentsUseCase.Progress p) {
    long now = nanoTime.getAsLong();
    if (now - lastLogged < TimeUnit.SECONDS.toNanos(EVERY_SECONDS)) {
      return;
    }
    lastLogged = now;
    log.accept(String.format(Locale.ROOT, "student import into %s: %,d lines read, %,d students, %,d bad lines, %,d lines/s", partnership,
        p.lines(), p.students(), p.errors(), rate(p.lines(), now)));
  }

  /** The line at the end of an import that stored its students. */
  void stored(ImportStudentsUseCase.Result r) {
    long now = nanoTime.getAsLong();
    log.accept(String.format(Locale.ROOT, "student import into %s stored: %,d lines, %,d students (%,d new, %,d updated) in %.1f s, %,d lines/s",
        partnership, r.lines(), r.imported(), r.created(), r.updated(), seconds(now), rate(r.lines(), now)));
  }

  /** The line at the end of an import that stored nothing. */
  void refused(String why) {
    log.accept(String.format(Locale.ROOT, "student import into %s stored nothing after %.1f s: %s", partnership, seconds(nanoTime.getAsLong()), why));
  }

  private double seconds(long now) {
    return (now - started) / 1e9;
  }

  private long rate(long lines, long now) {
    long nanos = Math.max(1, now - started);
    return Math.round(lines * 1e9 / nanos);
  }
}
