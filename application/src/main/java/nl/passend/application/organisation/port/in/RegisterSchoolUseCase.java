package nl.passend.application.organisation.port.in;

import java.util.Optional;
import java.util.Set;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;

/** School registreren of wijzigen (administrator). */
public interface RegisterSchoolUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param brin the school's BRIN code
   * @param name its name
   * @param board its board (must exist)
   * @param type its school type
   * @param cluster for SO/VSO its cluster
   * @param servedTypes for cluster 3 the types it serves
   */
  record Command(Actor actor, BrinCode brin, String name, BoardId board, SchoolType type, Optional<Cluster> cluster,
      Set<SpecialNeedsType> servedTypes) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(brin, "brin");
      name = Validation.text(name, "name");
      Validation.present(board, "boardId");
      Validation.present(type, "schoolType");
      Validation.present(cluster, "cluster");
      servedTypes = Set.copyOf(Validation.present(servedTypes, "specialNeedsTypes"));
    }
  }

  /** Registers the school. */
  Versioned<School> register(Command command);

  /** Changes the school at the version the caller read. */
  Versioned<School> update(Command command, long expectedVersion);
}
