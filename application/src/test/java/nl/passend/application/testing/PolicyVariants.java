package nl.passend.application.testing;

import java.util.ArrayList;
import java.util.List;
import nl.passend.domain.eligibility.DomainThreshold;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.eligibility.EligibilityScheme;
import nl.passend.domain.eligibility.SchemeDefinition;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.ImmutablePartnershipPolicy;
import nl.passend.domain.policy.PartnershipPolicy;

/** Candidate policies for simulations: a policy with one parameter moved. */
public final class PolicyVariants {
  private PolicyVariants() {}

  /**
   * The policy (vo-31-02) with the lower bound of its LWOO delays ({@code LWOO_DLE}, the criteria of
   * 2020) moved to {@code low} percent, under the id {@code <id>-candidate}.
   */
  public static PartnershipPolicy withLwooLowerDelay(PartnershipPolicy current, int low) {
    List<EligibilityScheme> schemes = new ArrayList<>();
    current.eligibility().versions().forEach((scheme, versions) -> versions.forEach(v -> {
      if (v.definition() instanceof SchemeDefinition.LwooDle d) {
        DomainThreshold t = d.delays();
        schemes.add(new SchemeDefinition.LwooDle(d.effectiveFrom(), new DomainThreshold(t.kind(), low, t.high(), t.minDomains(), t.keyDomainRequired()))
            .build());
      } else {
        schemes.add(v);
      }
    }));
    return ImmutablePartnershipPolicy.copyOf(current).withId(PolicyId.of(current.id().value() + "-candidate"))
        .withEligibility(EligibilityPolicy.of(schemes));
  }
}
