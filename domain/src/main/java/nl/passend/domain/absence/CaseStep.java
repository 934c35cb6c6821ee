package nl.passend.domain.absence;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;

/**
 * Stap in een thuiszittersdossier: what was done, by whom and when (R-TZ-2). No personal data.
 *
 * @param on the day
 * @param by who took the step (an actor reference)
 * @param description what was done
 */
public record CaseStep(LocalDate on, String by, String description) {
  /** Validates the step. */
  public CaseStep {
    Validation.present(on, "on");
    by = Validation.text(by, "by");
    description = Validation.text(description, "description");
  }
}
