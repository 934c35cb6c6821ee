package nl.passend.application.cases.port.out;

import java.util.List;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Vrijstellingen: exemptions of students, by partnership. */
public interface ExemptionRepository {
  /**
   * A stored exemption with its id and whose it is.
   *
   * @param id the id the repository gave it
   * @param partnership the partnership that recorded it
   * @param student the student
   * @param exemption the exemption
   */
  record Stored(long id, PartnershipId partnership, StudentId student, Exemption exemption) {}

  /** Adds an exemption of a student and returns its id (1, 2, ...). */
  long add(PartnershipId partnership, StudentId student, Exemption exemption);

  /** The exemption with this id. */
  java.util.Optional<Stored> find(long id);

  /** The exemptions of a student. */
  List<Exemption> forStudent(StudentId student);

  /** The exemptions of the students of a partnership, with their ids and students. */
  List<Stored> byPartnership(PartnershipId partnership);
}
