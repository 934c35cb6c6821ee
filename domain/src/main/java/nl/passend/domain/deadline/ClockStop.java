package nl.passend.domain.deadline;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;

/**
 * Opschorting van de beslistermijn: a period in which the decision clock stands still (R-DL-2). The
 * days after {@code from} up to and including {@code until} do not count toward the term; a holiday
 * inside the period is not counted a second time (R-DL-4).
 *
 * @param from the day the clock stopped (information requested)
 * @param until the day it ran again (information received)
 */
public record ClockStop(LocalDate from, LocalDate until) {
  /** Validates the period. */
  public ClockStop {
    Validation.present(from, "from");
    Validation.present(until, "until");
    Validation.require(!until.isBefore(from), "until", "the clock cannot run again before it stopped (%s)", from);
  }

  /** Whether the clock stands still on the day. */
  public boolean covers(LocalDate day) {
    return day.isAfter(from) && !day.isAfter(until);
  }
}
