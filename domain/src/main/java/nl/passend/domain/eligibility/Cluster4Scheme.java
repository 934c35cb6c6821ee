package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION;
import static nl.passend.domain.eligibility.Finding.REGULAR_SUPPORT_EXHAUSTED;
import static nl.passend.domain.eligibility.Finding.SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Criteria cluster 4 (R-CRI-C4): ELIGIBLE iff severe behavioural and/or social-emotional problems
 * AND a causal link with the educational limitation AND regular support exhausted
 * ({@code 004:L1248}, {@code 000:L2463-2475}).
 */
public final class Cluster4Scheme extends ThreeValuedScheme {

  /** Creates the scheme for SO or VSO with its default funding category. */
  public Cluster4Scheme(LocalDate effectiveFrom, SchoolType schoolType, FundingCategory category) {
    super(Scheme.CLUSTER_4, effectiveFrom, Optional.of(schoolType), Optional.of(category));
  }

  @Override
  String ruleId() {
    return "R-CRI-C4";
  }

  @Override
  Set<Finding> findingsRead() {
    return EnumSet.of(SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS, CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION, REGULAR_SUPPORT_EXHAUSTED);
  }

  @Override
  List<Criterion> criteria() {
    return List.of(
        new Criterion("R-CRI-C4.problems", "There are severe behavioural and/or social-emotional problems", f -> f.is(SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS)),
        new Criterion("R-CRI-C4.causal-link", "The problems cause the educational limitation", f -> f.is(CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION)),
        new Criterion("R-CRI-C4.support-exhausted", "Regular support is exhausted", f -> f.is(REGULAR_SUPPORT_EXHAUSTED)));
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 problems, 1 causal-link, 2 support-exhausted
    return v[0] && v[1] && v[2] ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Admissible to cluster 4: severe problems, their causal link and exhausted support are all shown.";
      case NOT_ELIGIBLE -> "Not admissible to cluster 4: severe problems, a causal link and exhausted support must all be shown.";
      default -> "Admissibility to cluster 4 cannot be decided until the missing findings are given.";
    };
  }

  @Override
  public String description() {
    return "severe behavioural/social-emotional problems AND causal link with the educational limitation AND regular support exhausted";
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.Cluster4(effectiveFrom(), schoolType().orElseThrow(), fundingCategory().orElseThrow());
  }

}
