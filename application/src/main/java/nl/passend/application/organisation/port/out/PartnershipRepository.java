package nl.passend.application.organisation.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;

/** Samenwerkingsverbanden: stored partnerships. */
public interface PartnershipRepository {
  /** Stores a new partnership at version 1; {@link nl.passend.application.common.AlreadyExistsException} when its id is taken. */
  Versioned<Partnership> insert(Partnership partnership);

  /** Replaces the partnership at {@code expectedVersion}; {@link nl.passend.application.common.StaleVersionException} when it changed. */
  Versioned<Partnership> update(Partnership partnership, long expectedVersion);

  /** The partnership with this id. */
  Optional<Versioned<Partnership>> find(PartnershipId id);

  /** All partnerships, ordered by id. */
  List<Versioned<Partnership>> all();
}
