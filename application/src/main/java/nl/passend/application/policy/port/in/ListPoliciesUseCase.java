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
   */
  record PolicySummary(PolicyId id, String name, Sector sector) {}

  /** All policies, ordered by id. */
  List<PolicySummary> listPolicies();
}
