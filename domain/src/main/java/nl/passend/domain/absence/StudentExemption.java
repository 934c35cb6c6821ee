package nl.passend.domain.absence;

import nl.passend.domain.common.Validation;
import nl.passend.domain.student.StudentId;

/**
 * An exemption with the student it exempts, as the monitoring report reads it: an exempt student is
 * no thuiszitter while the exemption applies (R-TZ-1, R-INT-8).
 *
 * @param student the exempt student
 * @param exemption the exemption
 */
public record StudentExemption(StudentId student, Exemption exemption) {
  /** Validates presence. */
  public StudentExemption {
    Validation.present(student, "studentId");
    Validation.present(exemption, "exemption");
  }
}
