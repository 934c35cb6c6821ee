package nl.passend.application.common;

import java.time.LocalDate;
import nl.passend.application.common.port.out.Clock;
import nl.passend.domain.common.InvalidValueException;

/**
 * R-INT-5: a recorded event of a stored case cannot lie after today (the {@link Clock}) nor before
 * the student's birth. Planned dates and the inputs of the pure calculators are not checked here.
 */
public final class Dates {
  private Dates() {}

  /**
   * Refuses an event dated after today.
   *
   * @throws InvalidValueException naming {@code field}
   */
  public static void notAfterToday(LocalDate event, Clock clock, String field) {
    LocalDate today = clock.today();
    if (event.isAfter(today)) {
      throw new InvalidValueException(field, "a recorded event cannot lie after today (" + today + ", R-INT-5)");
    }
  }

  /**
   * Refuses an event dated before the student's birth.
   *
   * @throws InvalidValueException naming {@code field}
   */
  public static void notBeforeBirth(LocalDate event, LocalDate dateOfBirth, String field) {
    if (event.isBefore(dateOfBirth)) {
      throw new InvalidValueException(field, "a recorded event cannot lie before the student's birth (R-INT-5)");
    }
  }
}
