package nl.passend.application.policy.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * Beleidsbron: where the application finds partnership policies, the built-in ones and those a
 * partnership supplies itself.
 */
public interface PolicyRepository {
  /** The policy with this id, if there is one. */
  Optional<PartnershipPolicy> find(PolicyId id);

  /** All policies, ordered by id. */
  List<PartnershipPolicy> all();

  /**
   * Adds a custom policy a partnership supplies (a policy document).
   *
   * @throws nl.passend.application.common.AlreadyExistsException when a policy with its id exists
   */
  void add(PartnershipPolicy policy);

  /** Whether the policy is one of the built-in policies (shipped with Passend), not a custom one. */
  boolean isBuiltIn(PolicyId id);
}
