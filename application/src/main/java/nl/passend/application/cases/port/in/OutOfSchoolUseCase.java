package nl.passend.application.cases.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.student.StudentId;

/**
 * Thuiszitters: open, update and close out-of-school cases, record exemptions (R-TZ-1..4). By staff of
 * the partnership, and officers of the board with the duty.
 */
public interface OutOfSchoolUseCase {
  /**
   * Opening a case.
   *
   * @param actor who asks
   * @param partnership the partnership
   * @param student the student
   * @param category absolute or long-term relative absence
   * @param startedOn the first day at home
   * @param reason why, without personal data
   * @param boardWithDuty the board with the placement duty, when known
   * @param coordinator the coordinator's reference
   */
  record Open(Actor actor, PartnershipId partnership, StudentId student, AbsenceCategory category, LocalDate startedOn, String reason,
      Optional<BoardId> boardWithDuty, String coordinator) {
    /** Validates the command. */
    public Open {
      Validation.present(actor, "actor");
      Validation.present(partnership, "partnershipId");
      Validation.present(student, "studentId");
      Validation.present(category, "category");
      Validation.present(startedOn, "startedOn");
      reason = Validation.text(reason, "reason");
      Validation.present(boardWithDuty, "boardWithDuty");
      coordinator = Validation.text(coordinator, "coordinator");
    }
  }

  /** The steps of a case. */
  enum Step {
    /** Record a step taken. */
    STEP,
    /** Record an offer of education or care. */
    OFFER,
    /** Escalate to the partnership (R-TZ-3). */
    ESCALATE,
    /** The director designates a school (R-TZ-3). */
    DESIGNATE,
    /** Close the case. */
    CLOSE
  }

  /**
   * A step.
   *
   * @param actor who asks
   * @param id the case
   * @param expectedVersion the version the caller read
   * @param step the step
   * @param on the day; empty for today (the Clock port)
   * @param description what was done or why
   * @param designatedSchool for DESIGNATE, the school
   */
  record Act(Actor actor, CaseId id, long expectedVersion, Step step, Optional<LocalDate> on, String description, Optional<BrinCode> designatedSchool) {
    /** Validates the command. */
    public Act {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      Validation.present(step, "action");
      Validation.present(on, "on");
      description = Validation.text(description, "reason");
      Validation.present(designatedSchool, "designatedSchool");
      Validation.require(step != Step.DESIGNATE || designatedSchool.isPresent(), "designatedSchool", "a designation names the school");
    }

    /** A step taken on a given day. */
    public Act(Actor actor, CaseId id, long expectedVersion, Step step, LocalDate on, String description, Optional<BrinCode> designatedSchool) {
      this(actor, id, expectedVersion, step, Optional.of(on), description, designatedSchool);
    }
  }

  /** Opens a case. */
  OutOfSchoolCaseView openOutOfSchool(Open command);

  /** Takes a step. */
  OutOfSchoolCaseView actOnOutOfSchool(Act command);

  /** Reads a case. */
  OutOfSchoolCaseView outOfSchoolCase(Actor actor, CaseId id);

  /** The cases of a partnership. */
  List<OutOfSchoolCaseView> outOfSchoolCases(Actor actor, PartnershipId partnership);

  /** Records an exemption of a student of the partnership (staff of the partnership) and returns its id. */
  long recordExemption(Actor actor, PartnershipId partnership, StudentId student, Exemption exemption);

  /** The exemption with this id, for staff of the partnership that recorded it. */
  RecordedExemption exemption(Actor actor, long id);
}
