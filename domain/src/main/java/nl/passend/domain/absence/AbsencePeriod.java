package nl.passend.domain.absence;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Afwezigheid: whole days a student is absent, with or without a valid reason (R-TZ-1).
 *
 * @param from the first day absent
 * @param until the last day absent, empty while it lasts
 * @param excused whether there is a valid reason (illness, leave)
 */
public record AbsencePeriod(LocalDate from, Optional<LocalDate> until, boolean excused) {
  /** Validates the period. */
  public AbsencePeriod {
    Validation.present(from, "from");
    Validation.present(until, "until");
    until.ifPresent(u -> Validation.require(!u.isBefore(from), "until", "an absence cannot end before it starts"));
  }

  /** Whether the student is absent on {@code date}. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
