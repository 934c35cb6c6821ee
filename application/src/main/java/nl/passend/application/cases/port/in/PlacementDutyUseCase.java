package nl.passend.application.cases.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.placement.PlacementOutcome;
import nl.passend.domain.student.StudentId;

/**
 * Zorgplicht: open a case on a registration, extend its term, conclude it, record a temporary
 * enrolment, read it and list a partnership's cases or escalation list (R-ZP-1..3). By staff of the
 * registering school, officers of its board, and staff of the partnership.
 */
public interface PlacementDutyUseCase {
  /**
   * Opening a case.
   *
   * @param actor who asks
   * @param partnership the partnership
   * @param student the student (pseudonymous id)
   * @param school the school where the student was registered; its board has the duty
   * @param registeredOn the day of the registration
   */
  record Open(Actor actor, PartnershipId partnership, StudentId student, BrinCode school, LocalDate registeredOn) {
    /** Validates the command. */
    public Open {
      Validation.present(actor, "actor");
      Validation.present(partnership, "partnershipId");
      Validation.present(student, "studentId");
      Validation.present(school, "schoolBrin");
      Validation.present(registeredOn, "registeredOn");
    }
  }

  /** The steps of a case. */
  enum Step {
    /** Extend the term once (R-ZP-1). */
    EXTEND,
    /** Conclude with an outcome (R-ZP-2). */
    CONCLUDE,
    /** Record the temporary enrolment after 10 weeks (R-ZP-1). */
    ENROL_TEMPORARILY
  }

  /**
   * A step.
   *
   * @param actor who asks
   * @param id the case
   * @param expectedVersion the version the caller read
   * @param step the step
   * @param on the day; empty for today (the Clock port)
   * @param weeks for EXTEND, the weeks
   * @param outcome for CONCLUDE, the outcome
   * @param placedAt for PLACED_ELSEWHERE, the admitting school
   * @param reason why
   */
  record Act(Actor actor, CaseId id, long expectedVersion, Step step, Optional<LocalDate> on, Optional<Integer> weeks,
      Optional<PlacementOutcome> outcome, Optional<BrinCode> placedAt, String reason) {
    /** Validates the command. */
    public Act {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      Validation.present(step, "action");
      Validation.present(on, "on");
      Validation.present(weeks, "weeks");
      Validation.present(outcome, "outcome");
      Validation.present(placedAt, "placedAt");
      Validation.require(step != Step.EXTEND || weeks.isPresent(), "weeks", "an extension names its weeks (1 to 4)");
      Validation.require(step != Step.CONCLUDE || outcome.isPresent(), "outcome", "a conclusion names its outcome");
      reason = reason == null ? "" : reason;
    }

    /** A step taken on a given day. */
    public Act(Actor actor, CaseId id, long expectedVersion, Step step, LocalDate on, Optional<Integer> weeks,
        Optional<PlacementOutcome> outcome, Optional<BrinCode> placedAt, String reason) {
      this(actor, id, expectedVersion, step, Optional.of(on), weeks, outcome, placedAt, reason);
    }
  }

  /** Opens a case. */
  PlacementDutyCaseView openPlacementDuty(Open command);

  /** Takes a step. */
  PlacementDutyCaseView actOnPlacementDuty(Act command);

  /** Reads a case. */
  PlacementDutyCaseView placementDutyCase(Actor actor, CaseId id);

  /** The cases of a partnership; only the overdue ones, longest overdue first, when {@code escalationOnly} (R-ZP-3). */
  List<PlacementDutyCaseView> placementDutyCases(Actor actor, PartnershipId partnership, boolean escalationOnly);
}
