package nl.passend.application.student.port.in;

import nl.passend.application.common.Actor;
import nl.passend.domain.student.StudentId;

/** Leerling inzien: within the actor's scope only; outside it a denial, not "not found" (R-PRIV-1). */
public interface ReadStudentUseCase {
  /** The student. */
  StudentView student(Actor actor, StudentId id);
}
