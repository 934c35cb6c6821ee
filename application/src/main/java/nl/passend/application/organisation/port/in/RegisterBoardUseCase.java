package nl.passend.application.organisation.port.in;

import java.util.Set;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.PartnershipId;

/** Schoolbestuur registreren of wijzigen (administrator). */
public interface RegisterBoardUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param id the board's id
   * @param name its name
   * @param partnerships the partnerships it is a member of (each must exist)
   */
  record Command(Actor actor, BoardId id, String name, Set<PartnershipId> partnerships) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      name = Validation.text(name, "name");
      partnerships = Set.copyOf(Validation.present(partnerships, "partnershipIds"));
    }
  }

  /** Registers the board and adds it to its partnerships' members. */
  Versioned<Board> register(Command command);

  /** Changes the board's name and partnerships at the version the caller read. */
  Versioned<Board> update(Command command, long expectedVersion);
}
