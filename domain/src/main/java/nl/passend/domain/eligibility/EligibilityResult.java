package nl.passend.domain.eligibility;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Uitkomst van een toetsing: the outcome of a scheme with everything that explains it (SPEC §5.4).
 *
 * @param scheme the scheme
 * @param schemeVersion the version applied (its effective date, e.g. {@code 2016-03-30})
 * @param outcome the outcome
 * @param schoolType the school type the scheme admits to (absent for LWOO)
 * @param fundingCategory the funding category where one applies (SO/VSO schemes)
 * @param rules every rule that was evaluated, the scheme's own rule first
 * @param missing the unknown facts that could change the outcome (API field names)
 * @param matchedProfiles for SBO, the numbers 1-7 of the profiles that match
 */
public record EligibilityResult(
    Scheme scheme,
    String schemeVersion,
    Outcome outcome,
    Optional<SchoolType> schoolType,
    Optional<FundingCategory> fundingCategory,
    List<RuleOutcome> rules,
    List<String> missing,
    List<Integer> matchedProfiles) {

  /** Makes the lists immutable. */
  public EligibilityResult {
    rules = ImmutableList.copyOf(rules);
    missing = ImmutableList.copyOf(missing);
    matchedProfiles = ImmutableList.copyOf(matchedProfiles);
  }
}
