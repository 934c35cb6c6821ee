package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.SOCIAL_EMOTIONAL_PROBLEMS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Landelijke criteria LWOO (R-CRI-LWOO, national, used by {@code vo-22-01} and by {@code vo-31-02}
 * before 2020): ELIGIBLE iff (IQ 75-90 AND a delay of 25% up to 50% on 2 domains with a key domain)
 * OR (IQ 91-120 AND that delay AND social-emotional problems). Decided: a delay of exactly 50% is
 * PrO territory ({@code 000:L2832-2836}), so the LWOO delay band is 25% up to, not including, 50%.
 */
public final class LwooNationalScheme extends ThreeValuedScheme {
  private final IqBand lower;
  private final IqBand upper;
  private final DomainThreshold delays;

  /**
   * Creates the scheme.
   *
   * @param effectiveFrom the version's first day
   * @param lower the IQ band where the delays suffice (75-90)
   * @param upper the IQ band where social-emotional problems are also needed (91-120)
   * @param delays when a domain counts (25% up to 50%)
   */
  public LwooNationalScheme(LocalDate effectiveFrom, IqBand lower, IqBand upper, DomainThreshold delays) {
    super(Scheme.LWOO, effectiveFrom, Optional.empty(), Optional.empty());
    this.lower = Validation.present(lower, "iqBand");
    this.upper = Validation.present(upper, "iqBand");
    this.delays = Validation.present(delays, "delays");
  }

  /** The statutory criteria: 75-90 or 91-120 with social-emotional problems, delay 25%-50%. */
  public static LwooNationalScheme statutory(LocalDate effectiveFrom) {
    return new LwooNationalScheme(effectiveFrom, IqBand.of(75, 90), IqBand.of(91, 120), DomainThreshold.delayBetween(25, 50));
  }

  List<Integer> iqBounds() {
    return List.of(lower.min(), lower.max() + 1, upper.min(), upper.max() + 1);
  }

  @Override
  String ruleId() {
    return "R-CRI-LWOO";
  }

  @Override
  Set<Finding> findingsRead() {
    return EnumSet.of(SOCIAL_EMOTIONAL_PROBLEMS);
  }

  @Override
  List<Integer> iqCandidates() {
    return iqAround(iqBounds().stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  List<DomainResult> domainCandidates() {
    return delays.candidates();
  }

  @Override
  List<Criterion> criteria() {
    return List.of(
        new Criterion("R-CRI-LWOO.delays", "There is " + delays.describe(), delays::holds),
        new Criterion("R-CRI-LWOO.iq-lower", "The IQ lies within " + lower, f -> lower.contains(f.iq)),
        new Criterion("R-CRI-LWOO.iq-upper-with-problems", "The IQ lies within " + upper + " and there are social-emotional problems",
            f -> upper.contains(f.iq) && f.is(SOCIAL_EMOTIONAL_PROBLEMS)));
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 delays, 1 iq-lower, 2 iq-upper-with-problems
    return v[0] && (v[1] || v[2]) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  /** The LWOO delay criterion on complete facts (art. 15d lid 6: the other factor of a mixed profile). */
  boolean delaysHold(Facts f) {
    return delays.holds(f);
  }

  /** The LWOO IQ criterion on complete facts: the lower band, or the upper band with social-emotional problems. */
  boolean iqHolds(Facts f) {
    return lower.contains(f.iq) || (upper.contains(f.iq) && f.is(SOCIAL_EMOTIONAL_PROBLEMS));
  }

  /** The LWOO delay criterion in words. */
  String describeDelays() {
    return delays.describe();
  }

  /** The LWOO IQ criterion in words. */
  String describeIq() {
    return "the IQ lies within " + lower + ", or within " + upper + " with social-emotional problems";
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Meets the national LWOO criteria.";
      case NOT_ELIGIBLE -> "Does not meet the national LWOO criteria: IQ " + lower + " (or " + upper
          + " with social-emotional problems) and " + delays.describe() + ".";
      default -> "The LWOO criteria cannot be decided until the missing facts are given.";
    };
  }

  @Override
  public String description() {
    return "(IQ " + lower + " AND " + delays.describe() + ") OR (IQ " + upper + " AND those delays AND social-emotional problems)";
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.LwooNational(effectiveFrom(), bands());
  }

  SchemeDefinition.LwooBands bands() {
    return new SchemeDefinition.LwooBands(lower, upper, delays);
  }

}
