package nl.passend.application.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * Beleidscatalogus: the policies a Passend instance knows, held in memory because they are
 * configuration, not data: the built-in ones it starts with (read from the shipped policy documents
 * by the composition root) plus custom ones added at start-up. A custom policy may not take the id of
 * a built-in one, so that {@code po-22-01} always means the seed's rules. Every storage adapter hands
 * out one of these as its {@link PolicyRepository}.
 */
public final class PolicyCatalogue implements PolicyRepository {
  private final Map<PolicyId, PartnershipPolicy> policies = new ConcurrentHashMap<>();
  private final Set<PolicyId> builtIn;

  /**
   * A catalogue that starts with the built-in policies.
   *
   * @throws AlreadyExistsException when two built-in policies share an id
   */
  public PolicyCatalogue(Collection<PartnershipPolicy> builtIns) {
    builtIns.forEach(this::add);
    this.builtIn = builtIns.stream().map(PartnershipPolicy::id).collect(ImmutableSet.toImmutableSet());
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

  @Override
  public boolean isBuiltIn(PolicyId id) {
    return builtIn.contains(id);
  }
}
