package nl.passend.application.policy;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.BuiltInPolicies;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * The built-in policies plus custom ones added at start-up, held in memory. A custom policy may not
 * take the id of a built-in one, so that {@code po-22-01} always means the seed's rules.
 */
public final class PolicyCatalogue implements PolicyRepository {
  private final Map<PolicyId, PartnershipPolicy> policies = new ConcurrentHashMap<>();

  /** A repository holding the built-in policies. */
  public PolicyCatalogue() {
    BuiltInPolicies.all().forEach(p -> policies.put(p.id(), p));
  }

  @Override
  public void add(PartnershipPolicy policy) {
    PartnershipPolicy previous = policies.putIfAbsent(policy.id(), policy);
    if (previous != null) {
      throw new AlreadyExistsException("policy", policy.id().value());
    }
  }

  @Override
  public Optional<PartnershipPolicy> find(PolicyId id) {
    return Optional.ofNullable(policies.get(id));
  }

  @Override
  public List<PartnershipPolicy> all() {
    return policies.values().stream()
        .sorted(Comparator.comparing(PartnershipPolicy::id))
        .collect(ImmutableList.toImmutableList());
  }
}
