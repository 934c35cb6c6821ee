package nl.passend.application.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.application.policy.port.in.ListPoliciesUseCase;
import nl.passend.application.policy.port.out.PolicyRepository;

/** Implements the policy use cases over a {@link PolicyRepository}. */
public final class PolicyService implements ListPoliciesUseCase {
  private final PolicyRepository policies;

  /** Creates the service. */
  public PolicyService(PolicyRepository policies) {
    this.policies = requireNonNull(policies, "policies");
  }

  @Override
  public java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policy(nl.passend.domain.organisation.PolicyId id) {
    return policies.find(id);
  }


  @Override
  public List<PolicySummary> listPolicies() {
    return policies.all().stream()
        .map(p -> new PolicySummary(p.id(), p.name(), p.sector(), policies.isBuiltIn(p.id())))
        .collect(ImmutableList.toImmutableList());
  }
}
