package nl.passend.application.student.port.in;

import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.Student;

/**
 * A student as its reader sees it: the pseudonymous student with its enrolments, the partnership
 * that registered it, and the version to name in {@code If-Match} when changing it.
 *
 * @param student the student
 * @param partnership the partnership that imported it
 * @param version its version
 */
public record StudentView(Student student, PartnershipId partnership, long version) {
  /** Validates the view. */
  public StudentView {
    Validation.present(student, "student");
    Validation.present(partnership, "partnershipId");
  }
}
