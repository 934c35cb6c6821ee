package nl.passend.domain.eligibility;

import java.time.LocalDate;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;

/** Small helpers for eligibility tests. */
final class EligibilityFixtures {
  static final LocalDate ASSESSED = LocalDate.of(2025, 3, 1);

  private EligibilityFixtures() {}

  static PartnershipPolicy policy(String id) {
    return SeedPolicies.find(PolicyId.of(id)).orElseThrow();
  }

  static EligibilityResult evaluate(String policy, Scheme scheme, Assessment assessment) {
    return policy(policy).eligibility().evaluate(scheme, assessment).orElseThrow();
  }

  /** An assessment at the end of group 8 with the given DLE on all four domains. */
  static Assessment allDomains(Assessment a, int dle) {
    for (LearningDomain d : LearningDomain.values()) {
      a = a.withDomain(d, 60, dle);
    }
    return a;
  }
}
