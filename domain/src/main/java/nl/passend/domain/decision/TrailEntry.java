package nl.passend.domain.decision;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;

/**
 * Besluitvormingsspoor: one step of an application, with who took it, when and why (SPEC §5.2).
 *
 * @param action the step
 * @param by who took it (an actor reference, never a person's name)
 * @param on the day
 * @param reason why, in words
 */
public record TrailEntry(Action action, String by, LocalDate on, String reason) {
  /** Validates the entry. */
  public TrailEntry {
    Validation.present(action, "action");
    by = Validation.text(by, "by");
    Validation.present(on, "on");
    reason = reason == null ? "" : reason.strip();
    Validation.require(reason.length() <= 2000, "reason", "must be at most 2000 characters");
  }
}
