package nl.passend.adapters.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.passend.application.common.port.out.Clock;

/** The system clock in the Netherlands' time zone: the one place the server reads the time. */
public final class SystemClock implements Clock {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(AMSTERDAM);
  }
}
