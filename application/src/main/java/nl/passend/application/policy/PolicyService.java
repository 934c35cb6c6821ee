package nl.passend.application.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.application.policy.port.in.ListPoliciesUseCase;
import nl.passend.application.policy.port.out.PolicyRepository;

/** Implements the policy use cases over a {@link PolicyRepository}. */
public final class PolicyService implements ListPoliciesUseCase {
  private final PolicyRepository policies;
  private final nl.passend.application.organisation.port.out.PartnershipRepository partnerships;

  /** Creates the service. */
  public PolicyService(PolicyRepository policies, nl.passend.application.organisation.port.out.PartnershipRepository partnerships) {
    this.policies = requireNonNull(policies, "policies");
    this.partnerships = requireNonNull(partnerships, "partnerships");
  }

  @Override
  public java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policy(nl.passend.domain.organisation.PolicyId id) {
    return policies.find(id);
  }

  @Override
  public java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policyOf(nl.passend.domain.organisation.PartnershipId partnership) {
    return partnerships.find(partnership).map(v -> v.value().policy()).flatMap(policies::find);
  }

  @Override
  public List<PolicySummary> listPolicies() {
    return policies.all().stream()
        .map(p -> new PolicySummary(p.id(), p.name(), p.sector(), policies.isBuiltIn(p.id())))
        .collect(ImmutableList.toImmutableList());
  }
}
