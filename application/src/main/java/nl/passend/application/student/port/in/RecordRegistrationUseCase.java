package nl.passend.application.student.port.in;

import java.time.LocalDate;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/**
 * Aanmelding vastleggen (R-TLV-1): staff of the registering school, officers of its board, or staff
 * of the partnership record that a student registered at a school; the registration decides who may
 * apply for a student not yet enrolled in the statement's sector.
 */
public interface RecordRegistrationUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param student the student, who must be registered with a partnership
   * @param school the school registered at
   * @param registeredOn the day of the registration, not in the future
   */
  record Command(Actor actor, StudentId student, BrinCode school, LocalDate registeredOn) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(student, "studentId");
      Validation.present(school, "schoolBrin");
      Validation.present(registeredOn, "registeredOn");
    }
  }

  /** Records the registration. */
  Registration register(Command command);

  /** The registration with this id, in the actor's scope. */
  Registration registration(Actor actor, String id);

  /** The student's registrations that the actor may see: all for partnership staff, those at the actor's schools otherwise. */
  List<Registration> registrations(Actor actor, StudentId student);
}
