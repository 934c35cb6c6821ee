package nl.passend.application.cases.port.in;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.placement.PlacementDutyStatus;

/**
 * A placement-duty case as a driver shows it: the case with its term and status on today's date
 * (the Clock port), under the deadlines of the partnership's policy (R-ZP-1..3).
 *
 * @param value the case
 * @param decideBy the last day of its term, extension included
 * @param status its status today
 * @param overdue whether it is open past its term today
 */
public record PlacementDutyCaseView(PlacementDutyCase value, LocalDate decideBy, PlacementDutyStatus status, boolean overdue) {
  /** Validates the view. */
  public PlacementDutyCaseView {
    Validation.present(value, "value");
    Validation.present(decideBy, "decideBy");
    Validation.present(status, "status");
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
