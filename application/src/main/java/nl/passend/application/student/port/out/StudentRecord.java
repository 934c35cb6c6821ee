package nl.passend.application.student.port.out;

import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.Student;

/**
 * Leerlingregistratie: a student as the partnership that registered the student keeps it.
 *
 * @param student the student
 * @param partnership the partnership that registered (imported) the student last
 */
public record StudentRecord(Student student, PartnershipId partnership) {
  /** Validates the record. */
  public StudentRecord {
    Validation.present(student, "student");
    Validation.present(partnership, "partnershipId");
  }
}
