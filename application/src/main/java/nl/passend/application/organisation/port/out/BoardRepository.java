package nl.passend.application.organisation.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;

/** Schoolbesturen: stored boards. */
public interface BoardRepository {
  /** Stores a new board at version 1; {@link nl.passend.application.common.AlreadyExistsException} when its id is taken. */
  Versioned<Board> insert(Board board);

  /** Replaces the board at {@code expectedVersion}. */
  Versioned<Board> update(Board board, long expectedVersion);

  /** The board with this id. */
  Optional<Versioned<Board>> find(BoardId id);

  /** All boards, ordered by id. */
  List<Versioned<Board>> all();
}
