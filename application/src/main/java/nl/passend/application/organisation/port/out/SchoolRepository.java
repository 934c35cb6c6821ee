package nl.passend.application.organisation.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.School;

/** Scholen: stored schools, addressed by BRIN code. */
public interface SchoolRepository {
  /** Stores a new school at version 1; {@link nl.passend.application.common.AlreadyExistsException} when its BRIN is taken. */
  Versioned<School> insert(School school);

  /** Replaces the school at {@code expectedVersion}. */
  Versioned<School> update(School school, long expectedVersion);

  /** The school with this BRIN code. */
  Optional<Versioned<School>> find(BrinCode brin);

  /** The schools of a board, ordered by BRIN. */
  List<Versioned<School>> byBoard(BoardId board);

  /** All schools, ordered by BRIN. */
  List<Versioned<School>> all();
}
