package nl.passend.domain.organisation;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Schoolbestuur (bevoegd gezag): the legal body that runs one or more schools and is a member of
 * one or more partnerships (R-ORG-2). A municipality can be a board.
 *
 * @param id the board's identifier
 * @param name its name
 * @param partnerships the partnerships it is a member of, at least one
 */
public record Board(BoardId id, String name, Set<PartnershipId> partnerships) {
  /** Validates the board. */
  public Board {
    Validation.present(id, "id");
    name = Validation.text(name, "name");
    Validation.present(partnerships, "partnershipIds");
    partnerships = ImmutableSortedSet.copyOf(partnerships);
    Validation.require(!partnerships.isEmpty(), "partnershipIds", "a board belongs to at least one partnership (R-ORG-2)");
  }

  /** Creates a board. */
  public static Board of(BoardId id, String name, Set<PartnershipId> partnerships) {
    return new Board(id, name, partnerships);
  }

  /** Whether the board is a member of the partnership. */
  public boolean isMemberOf(PartnershipId partnership) {
    return partnerships.contains(partnership);
  }
}
