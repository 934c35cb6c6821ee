package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.FREQUENT_ABSENCE;
import static nl.passend.domain.eligibility.Finding.LEARNING_DELAY;
import static nl.passend.domain.eligibility.Finding.MEDICAL_DIAGNOSIS;
import static nl.passend.domain.eligibility.Finding.REGULAR_SUPPORT_EXHAUSTED;
import static nl.passend.domain.eligibility.Finding.VERY_LOW_SELF_RELIANCE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Criteria LZ en LG (cluster 3, langdurig ziek / lichamelijk gehandicapt; R-CRI-C3-LZ, R-CRI-C3-LG):
 * ELIGIBLE iff a medical diagnosis AND an educational limitation (learning delay, very low
 * self-reliance or frequent absence) AND regular support exhausted ({@code 004:L1242-1243},
 * {@code 000:L2379-2419}).
 */
public final class MedicalScheme extends ThreeValuedScheme {
  private final String ruleId;

  /**
   * Creates the scheme.
   *
   * @param scheme {@link Scheme#LZ} or {@link Scheme#LG}
   * @param effectiveFrom the version's first day
   * @param schoolType SO or VSO
   * @param category the default funding category
   */
  public MedicalScheme(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType, FundingCategory category) {
    super(scheme, effectiveFrom, Optional.of(schoolType), Optional.of(category));
    Validation.require(scheme == Scheme.LZ || scheme == Scheme.LG, "scheme", "the medical criteria are for LZ or LG, not %s", scheme);
    this.ruleId = "R-CRI-C3-" + scheme.name();
  }

  @Override
  String ruleId() {
    return ruleId;
  }

  @Override
  Set<Finding> findingsRead() {
    return EnumSet.of(MEDICAL_DIAGNOSIS, LEARNING_DELAY, VERY_LOW_SELF_RELIANCE, FREQUENT_ABSENCE, REGULAR_SUPPORT_EXHAUSTED);
  }

  @Override
  List<Criterion> criteria() {
    return List.of(
        new Criterion(ruleId + ".diagnosis", "The disorder or disability is shown by a medical diagnosis", f -> f.is(MEDICAL_DIAGNOSIS)),
        new Criterion(ruleId + ".limitation",
            "There is an educational limitation: a learning delay, very low self-reliance or frequent absence",
            f -> f.is(LEARNING_DELAY) || f.is(VERY_LOW_SELF_RELIANCE) || f.is(FREQUENT_ABSENCE)),
        new Criterion(ruleId + ".support-exhausted", "The right interventions were done and regular support is insufficient",
            f -> f.is(REGULAR_SUPPORT_EXHAUSTED)));
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 diagnosis, 1 limitation, 2 support-exhausted
    return v[0] && v[1] && v[2] ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Admissible to " + scheme() + ": medical diagnosis, educational limitation and exhausted regular support are all shown.";
      case NOT_ELIGIBLE -> "Not admissible to " + scheme() + ": a medical diagnosis, an educational limitation and exhausted regular support must all be shown.";
      default -> "Admissibility to " + scheme() + " cannot be decided until the missing findings are given.";
    };
  }

  @Override
  public String description() {
    return "medical diagnosis AND (learning delay OR very low self-reliance OR frequent absence) AND regular support exhausted";
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.Medical(scheme(), effectiveFrom(), schoolType().orElseThrow(), fundingCategory().orElseThrow());
  }

}
