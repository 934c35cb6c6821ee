package nl.passend.domain.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Opschorting: the time the decision clock stood still while requested information was awaited
 * (R-DL-2; decided).
 *
 * @param requestedOn the day the information was requested
 * @param receivedOn the day it arrived, once it did
 */
public record Suspension(LocalDate requestedOn, Optional<LocalDate> receivedOn) {
  /** Validates the period. */
  public Suspension {
    Validation.present(requestedOn, "requestedOn");
    Validation.present(receivedOn, "receivedOn");
    receivedOn.ifPresent(r -> Validation.require(!r.isBefore(requestedOn), "on", "information cannot arrive before it was requested"));
  }

  /** The days suspended; 0 while the information is still awaited. */
  public long days() {
    return receivedOn.map(r -> ChronoUnit.DAYS.between(requestedOn, r)).orElse(0L);
  }
}
