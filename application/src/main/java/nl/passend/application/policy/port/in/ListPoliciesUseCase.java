package nl.passend.application.policy.port.in;

import java.util.List;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;

/** Beleiden tonen: lists the policies a partnership can follow. */
public interface ListPoliciesUseCase {

  /**
   * One line of the list.
   *
   * @param id the policy id
   * @param name its name
   * @param sector its sector
   * @param builtIn whether it ships with Passend (a custom policy is a partnership's own document)
   */
  record PolicySummary(PolicyId id, String name, Sector sector, boolean builtIn) {}

  /** All policies, ordered by id. */
  List<PolicySummary> listPolicies();

  /** The policy with this id, when there is one. */
  java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policy(PolicyId id);
}
