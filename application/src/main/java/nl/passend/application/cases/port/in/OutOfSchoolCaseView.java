package nl.passend.application.cases.port.in;

import nl.passend.domain.common.Validation;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.placement.CaseId;

/**
 * An out-of-school case as a driver shows it: the case with its duration on today's date (the Clock
 * port) and whether that is beyond the national target of the partnership's policy (R-TZ-2, R-TZ-4).
 *
 * @param value the case
 * @param durationDays the days at home so far (to its close, if closed)
 * @param beyondNationalTarget whether the duration is beyond the national target
 */
public record OutOfSchoolCaseView(OutOfSchoolCase value, long durationDays, boolean beyondNationalTarget) {
  /** Validates the view. */
  public OutOfSchoolCaseView {
    Validation.present(value, "value");
  }

  /** The case's id. */
  public CaseId id() {
    return value.id();
  }

  /** The case's version, for {@code If-Match}. */
  public long version() {
    return value.version();
  }
}
