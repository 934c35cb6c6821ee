package nl.passend.application.organisation.port.in;

import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;

/** Organisatie inzien: partnerships, boards and schools are public organisation data; any actor reads them. */
public interface ReadOrganisationUseCase {
  /** The policy a stored partnership follows; empty when there is no such partnership. Reads no personal data. */
  java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policyOf(nl.passend.domain.organisation.PartnershipId partnership);

  /** All partnerships. */
  List<Versioned<Partnership>> partnerships(Actor actor);

  /** One partnership; {@link nl.passend.application.common.NotFoundException} when unknown. */
  Versioned<Partnership> partnership(Actor actor, PartnershipId id);

  /** All boards. */
  List<Versioned<Board>> boards(Actor actor);

  /** One board. */
  Versioned<Board> board(Actor actor, BoardId id);

  /** All schools. */
  List<Versioned<School>> schools(Actor actor);

  /** One school. */
  Versioned<School> school(Actor actor, BrinCode brin);

  /** Where the actor's scope lies: its role, scope and the partnerships, board and school it covers. */
  ActorProfile profile(Actor actor);
}
