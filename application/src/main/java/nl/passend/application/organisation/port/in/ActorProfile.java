package nl.passend.application.organisation.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Role;

/**
 * Wie ben ik: what a signed-in person may look at, for a client such as the console to choose its
 * pages. The core still decides every request; this only says where the actor's scope lies.
 *
 * @param role the actor's role
 * @param scope the id of the actor's scope (partnership, board or school), or empty for the administrator
 * @param partnerships the partnerships the scope lies in, by id
 * @param school for school staff, the school
 * @param board for board officers, the board; for school staff, the school's board
 */
public record ActorProfile(Role role, Optional<String> scope, List<String> partnerships, Optional<String> school, Optional<String> board) {
  /** Copies the lists. */
  public ActorProfile {
    partnerships = ImmutableList.copyOf(partnerships);
  }
}
