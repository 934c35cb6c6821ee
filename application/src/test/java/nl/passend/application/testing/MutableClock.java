package nl.passend.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import nl.passend.application.common.port.out.Clock;

/** A clock tests set by hand. */
public final class MutableClock implements Clock {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private final AtomicReference<LocalDate> today;
  private final AtomicReference<java.time.Duration> sinceNoon = new AtomicReference<>(java.time.Duration.ZERO);

  /** A clock standing on the given day. */
  public MutableClock(LocalDate today) {
    this.today = new AtomicReference<>(today);
  }

  /** Moves the clock to a day. */
  public void set(LocalDate day) {
    today.set(day);
    sinceNoon.set(java.time.Duration.ZERO);
  }

  /** Moves the time of day on by the duration (the day stays as set): for waits of seconds or minutes. */
  public void advance(java.time.Duration duration) {
    sinceNoon.accumulateAndGet(duration, java.time.Duration::plus);
  }

  @Override
  public Instant now() {
    return today.get().atTime(12, 0).atZone(AMSTERDAM).toInstant().plus(sinceNoon.get());
  }

  @Override
  public LocalDate today() {
    return today.get();
  }
}
