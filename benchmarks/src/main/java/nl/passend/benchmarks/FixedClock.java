package nl.passend.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.passend.application.common.port.out.Clock;

/** A clock that stands still at one instant, so that a benchmark's data and answers are the same in every run. */
record FixedClock(Instant now) implements Clock {

  /** The clock at 08:00 UTC on {@code day}. */
  static FixedClock on(LocalDate day) {
    return new FixedClock(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
  }

  @Override
  public LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }
}
