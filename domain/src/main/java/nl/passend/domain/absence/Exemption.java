package nl.passend.domain.absence;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Vrijstelling: an exemption from compulsory education for a period (R-TZ-1). An exempt student is
 * not a thuiszitter.
 *
 * @param ground the legal ground
 * @param from the first day
 * @param until the last day, when it ends
 */
public record Exemption(ExemptionGround ground, LocalDate from, Optional<LocalDate> until) {
  /** Validates the exemption. */
  public Exemption {
    Validation.present(ground, "ground");
    Validation.present(from, "from");
    Validation.present(until, "until");
    until.ifPresent(u -> Validation.require(!u.isBefore(from), "until", "an exemption cannot end before it starts"));
  }

  /** Whether it applies on {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
