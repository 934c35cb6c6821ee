package nl.passend.application.cases.port.in;

import nl.passend.domain.absence.Exemption;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/**
 * A recorded exemption (R-INT-8) as its reader sees it.
 *
 * @param id its id
 * @param partnership the partnership that recorded it
 * @param student the student
 * @param exemption the ground and period
 */
public record RecordedExemption(long id, PartnershipId partnership, StudentId student, Exemption exemption) {
  /** Validates the view. */
  public RecordedExemption {
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(exemption, "exemption");
  }
}
