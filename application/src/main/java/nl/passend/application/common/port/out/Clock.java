package nl.passend.application.common.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** Klok: where the application gets the time; the core never reads the system clock itself. */
public interface Clock {
  /** The current moment. */
  Instant now();

  /** Today, in the partnership's time zone (Europe/Amsterdam). */
  LocalDate today();
}
