package nl.passend.application.student.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/** Aanmeldingen: stored registrations of students at schools (R-TLV-1, R-ZP-1). */
public interface RegistrationRepository {
  /** Stores a new registration; {@link nl.passend.application.common.AlreadyExistsException} when its id is taken. */
  Registration insert(Registration registration);

  /** The registration with this id. */
  Optional<Registration> find(String id);

  /** The registrations of a student, oldest first (then by id). */
  List<Registration> forStudent(StudentId student);

  /** Erases the student's registrations (R-PRIV-2); how many there were. */
  int deleteForStudent(StudentId student);
}
