package nl.passend.application.student.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.StudentId;

/** Inschrijvingen wijzigen: replaces a student's enrolment history at the version the caller read. */
public interface UpdateEnrolmentsUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param student the student
   * @param expectedVersion the version the caller read
   * @param enrolments the new history
   */
  record Command(Actor actor, StudentId student, long expectedVersion, List<Enrolment> enrolments) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(student, "studentId");
      enrolments = ImmutableList.copyOf(Validation.present(enrolments, "enrolments"));
    }
  }

  /** Replaces the enrolments. */
  StudentView updateEnrolments(Command command);
}
