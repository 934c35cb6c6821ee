package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.CASCADE_MODEL_FOLLOWED;
import static nl.passend.domain.eligibility.Finding.INTEGRATED_PROBLEM_ANALYSIS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Criteria VSO {@code vo-31-02} (R-CRI-VSO, {@code 001:L2511-2537}): there are no national criteria;
 * the committee checks (A) an integrated problem analysis showing the school can no longer offer a
 * fitting programme and (B) a careful support path through the cascade model. ELIGIBLE iff both;
 * otherwise JUDGEMENT_REQUIRED with what is missing.
 */
public final class VsoCascadeScheme extends ThreeValuedScheme {

  /** Creates the scheme with its default funding category. */
  public VsoCascadeScheme(LocalDate effectiveFrom, FundingCategory category) {
    super(Scheme.VSO, effectiveFrom, Optional.of(SchoolType.VSO), Optional.of(category));
  }

  @Override
  String ruleId() {
    return "R-CRI-VSO";
  }

  @Override
  Set<Finding> findingsRead() {
    return EnumSet.of(INTEGRATED_PROBLEM_ANALYSIS, CASCADE_MODEL_FOLLOWED);
  }

  @Override
  List<Criterion> criteria() {
    return List.of(
        new Criterion("R-CRI-VSO.A", "(A) An integrated problem analysis shows the school can no longer offer a fitting programme",
            f -> f.is(INTEGRATED_PROBLEM_ANALYSIS)),
        new Criterion("R-CRI-VSO.B", "(B) The school followed a careful support path through the steps of the cascade model",
            f -> f.is(CASCADE_MODEL_FOLLOWED)));
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 (A), 1 (B)
    return v[0] && v[1] ? Outcome.ELIGIBLE : Outcome.JUDGEMENT_REQUIRED;
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Admissible to VSO: both the integrated problem analysis (A) and the cascade path (B) are shown.";
      case JUDGEMENT_REQUIRED -> "The committee weighs the case: (A) the integrated problem analysis and (B) the cascade path are not both shown.";
      default -> "Admissibility to VSO cannot be decided until (A) and (B) are given.";
    };
  }

  @Override
  public String description() {
    return "integrated problem analysis (A) AND cascade model followed (B): eligible; otherwise the committee weighs";
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.VsoCascade(effectiveFrom(), fundingCategory().orElseThrow());
  }

}
