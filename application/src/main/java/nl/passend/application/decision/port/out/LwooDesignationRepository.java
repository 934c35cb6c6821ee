package nl.passend.application.decision.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Het LWOO-register: stored LWOO designations (R-LWOO-1..3). */
public interface LwooDesignationRepository {
  /** Stores a new designation (version 0) and returns it at version 1; {@link nl.passend.application.common.AlreadyExistsException} when the id is taken. */
  LwooDesignation insert(LwooDesignation designation);

  /**
   * Stores a changed designation whose {@code version} is the stored one and returns it at the next
   * version; {@link nl.passend.application.common.StaleVersionException} when another change came first.
   */
  LwooDesignation update(LwooDesignation designation);

  /** The designation with this id. */
  Optional<LwooDesignation> find(String id);

  /** The designations of a partnership, ordered by id. */
  List<LwooDesignation> byPartnership(PartnershipId partnership);

  /** The designations of a student. */
  List<LwooDesignation> byStudent(StudentId student);

  /** Erases the designation (R-PRIV-2); whether it existed. */
  boolean delete(String id);
}
