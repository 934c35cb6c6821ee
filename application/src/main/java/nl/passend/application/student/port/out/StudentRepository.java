package nl.passend.application.student.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Leerlingen: stored students. */
public interface StudentRepository {
  /** The student with this id. */
  Optional<Versioned<StudentRecord>> find(StudentId id);

  /**
   * The stored students among these ids, by id; ids without a student are left out. Adapters
   * override it to read many at once (the bulk import asks for every student of a file).
   */
  default java.util.Map<StudentId, Versioned<StudentRecord>> findAll(java.util.Collection<StudentId> ids) {
    java.util.Map<StudentId, Versioned<StudentRecord>> found = new java.util.HashMap<>();
    for (StudentId id : ids) {
      find(id).ifPresent(v -> found.put(id, v));
    }
    return found;
  }

  /** Stores a new student at version 1; {@link nl.passend.application.common.AlreadyExistsException} when the id is taken. */
  Versioned<StudentRecord> insert(StudentRecord record);

  /** Replaces the student at {@code expectedVersion}; {@link nl.passend.application.common.StaleVersionException} when it changed. */
  Versioned<StudentRecord> update(StudentRecord record, long expectedVersion);

  /**
   * Inserts or replaces many students at once (a bulk import): either all are stored or, when one
   * fails, none. A student that exists gets its version raised by one.
   */
  void upsertAll(List<StudentRecord> records);

  /** The students of a partnership, for reports; may be read lazily. */
  Iterable<StudentRecord> byPartnership(PartnershipId partnership);

  /** The number of students stored. */
  long count();

  /**
   * Holds the student until the end of the current unit of work: another unit of work that holds
   * the same student waits until this one ends. A use case that checks the student's cases and then
   * writes (a grant checks the statements in force, R-INT-4) holds the student first, so that no
   * other unit of work can invalidate the check between the read and the write. A student that is
   * not stored holds nothing.
   *
   * @return the held student's date of birth (for the age limit of R-INT-5, so that a grant reads the
   *     student once); empty when the student is not stored
   */
  Optional<LocalDate> hold(StudentId id);
}
