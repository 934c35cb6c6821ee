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

  /** A clock standing on the given day. */
  public MutableClock(LocalDate today) {
    this.today = new AtomicReference<>(today);
  }

  /** Moves the clock to a day. */
  public void set(LocalDate day) {
    today.set(day);
  }

  @Override
  public Instant now() {
    return today.get().atTime(12, 0).atZone(AMSTERDAM).toInstant();
  }

  @Override
  public LocalDate today() {
    return today.get();
  }
}
