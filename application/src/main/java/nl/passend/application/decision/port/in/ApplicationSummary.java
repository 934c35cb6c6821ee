package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.ApplicationState;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;

/**
 * An application as a line of an inbox: its state and the next deadline of its procedure on today's
 * date (the Clock port).
 *
 * @param id the application
 * @param studentId the student (pseudonymous)
 * @param applyingSchool the applying school
 * @param schoolType the school type applied for
 * @param state its state
 * @param receivedOn the day of receipt
 * @param version its version
 * @param nextDeadline the next step that is due ({@code acknowledgeBy} or {@code decideBy}), empty once decided
 * @param nextDeadlineDate the day it is due
 * @param overdue whether that day has passed
 */
public record ApplicationSummary(ApplicationId id, StudentId studentId, BrinCode applyingSchool, SchoolType schoolType, ApplicationState state,
    LocalDate receivedOn, long version, Optional<String> nextDeadline, Optional<LocalDate> nextDeadlineDate, boolean overdue) {
  /** Validates the summary. */
  public ApplicationSummary {
    Validation.present(id, "id");
    Validation.present(nextDeadline, "nextDeadline");
    Validation.present(nextDeadlineDate, "nextDeadlineDate");
  }
}
