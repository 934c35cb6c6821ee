package nl.passend.domain.absence;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;

/**
 * Gemiste lesuren: hours of lessons missed on a day without a valid reason, as the school registers
 * truancy (R-TZ-1).
 *
 * @param date the day
 * @param hours the hours missed (1 to 12)
 */
public record MissedLessons(LocalDate date, int hours) {
  /** Validates the record. */
  public MissedLessons {
    Validation.present(date, "date");
    Validation.require(hours >= 1 && hours <= 12, "hours", "must be 1 to 12 hours, but was %d", hours);
  }
}
