package nl.passend.application.student.port.in;

import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.domain.student.StudentId;

/** Leerling inzien: within the actor's scope only; outside it a denial, not "not found" (R-PRIV-1). */
public interface ReadStudentUseCase {
  /** The student. */
  Versioned<StudentRecord> student(Actor actor, StudentId id);
}
