package nl.passend.application.cases.port.out;

import java.util.List;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Vrijstellingen: exemptions of students, by partnership. */
public interface ExemptionRepository {
  /** Adds an exemption of a student. */
  void add(PartnershipId partnership, StudentId student, Exemption exemption);

  /** The exemptions of a student. */
  List<Exemption> forStudent(StudentId student);

  /** The exemptions of the students of a partnership. */
  List<Exemption> byPartnership(PartnershipId partnership);
}
