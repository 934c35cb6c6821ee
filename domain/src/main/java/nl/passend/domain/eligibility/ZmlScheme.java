package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.COMORBID_DISORDER_IMPAIRING_LEARNING;
import static nl.passend.domain.eligibility.Finding.REGULAR_SUPPORT_EXHAUSTED;
import static nl.passend.domain.eligibility.Finding.SECOND_DISABILITY_DIAGNOSED;
import static nl.passend.domain.eligibility.Finding.VERY_LIMITED_PROGRESS;
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
 * Criteria ZML en MG (cluster 3; R-CRI-C3-ZML, R-CRI-C3-MG): a disorder shown by an IQ below
 * {@code iqBelow} (70). Below {@code iqOnItsOwnBelow} (55) the IQ alone suffices; from 55 up to 70
 * also very low self-reliance AND very limited progress AND regular support exhausted, and for a
 * child younger than {@code youngerThan} (8) at the assessment also a comorbid disorder that
 * seriously impairs learning. MG adds a second diagnosed disability ({@code 004:L1244}).
 */
public final class ZmlScheme extends ThreeValuedScheme {
  private final int iqBelow;
  private final int iqOnItsOwnBelow;
  private final int youngerThan;
  private final boolean multiple;

  /**
   * Creates the scheme.
   *
   * @param scheme {@link Scheme#ZML} or {@link Scheme#MG}
   * @param effectiveFrom the version's first day
   * @param schoolType SO or VSO
   * @param category the default funding category
   * @param iqBelow the IQ below which the disorder is shown (70)
   * @param iqOnItsOwnBelow the IQ below which nothing else need be shown (55)
   * @param youngerThan the age below which a comorbid disorder is also required (8)
   */
  public ZmlScheme(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType, FundingCategory category,
      int iqBelow, int iqOnItsOwnBelow, int youngerThan) {
    super(scheme, effectiveFrom, Optional.of(schoolType), Optional.of(category));
    Validation.require(scheme == Scheme.ZML || scheme == Scheme.MG, "scheme", "the ZML criteria are for ZML or MG, not %s", scheme);
    // The two IQ bounds form a band: within 30-160, the lower not above the upper.
    new IqBand(iqOnItsOwnBelow, iqBelow);
    Validation.require(youngerThan >= 4 && youngerThan <= 20, "youngerThan", "must be 4 to 20 years, but was %d", youngerThan);
    this.iqBelow = iqBelow;
    this.iqOnItsOwnBelow = iqOnItsOwnBelow;
    this.youngerThan = youngerThan;
    this.multiple = scheme == Scheme.MG;
  }

  @Override
  String ruleId() {
    return multiple ? "R-CRI-C3-MG" : "R-CRI-C3-ZML";
  }

  @Override
  Set<Finding> findingsRead() {
    Set<Finding> read = EnumSet.of(VERY_LOW_SELF_RELIANCE, VERY_LIMITED_PROGRESS, REGULAR_SUPPORT_EXHAUSTED, COMORBID_DISORDER_IMPAIRING_LEARNING);
    if (multiple) {
      read.add(SECOND_DISABILITY_DIAGNOSED);
    }
    return read;
  }

  @Override
  List<Integer> iqCandidates() {
    return iqAround(iqOnItsOwnBelow, iqBelow);
  }

  @Override
  List<Integer> ageCandidates() {
    return List.of(youngerThan - 1, youngerThan);
  }

  @Override
  List<Criterion> criteria() {
    String id = "R-CRI-C3-ZML";
    List<Criterion> criteria = new java.util.ArrayList<>(List.of(
        new Criterion(id + ".iq", "The IQ is below " + iqBelow, f -> f.iq < iqBelow),
        new Criterion(id + ".iq-alone", "The IQ is below " + iqOnItsOwnBelow + ", so no educational limitation or exhausted support need be shown",
            f -> f.iq < iqOnItsOwnBelow),
        new Criterion(id + ".limitation", "Very low self-reliance and very limited progress are shown",
            f -> f.is(VERY_LOW_SELF_RELIANCE) && f.is(VERY_LIMITED_PROGRESS)),
        new Criterion(id + ".support-exhausted", "Regular support is exhausted", f -> f.is(REGULAR_SUPPORT_EXHAUSTED)),
        new Criterion(id + ".young-child", "For a child younger than " + youngerThan + " with an IQ from " + iqOnItsOwnBelow
            + ": a comorbid disorder seriously impairs learning", f -> f.age >= youngerThan || f.is(COMORBID_DISORDER_IMPAIRING_LEARNING))));
    if (multiple) {
      criteria.add(new Criterion("R-CRI-C3-MG.second-disability", "A second disability is diagnosed", f -> f.is(SECOND_DISABILITY_DIAGNOSED)));
    }
    return criteria;
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 iq, 1 iq-alone, 2 limitation, 3 support-exhausted, 4 young-child, 5 second-disability (MG)
    if (multiple && !v[5]) {
      return Outcome.NOT_ELIGIBLE;
    }
    if (!v[0]) {
      return Outcome.NOT_ELIGIBLE;
    }
    if (v[1]) {
      return Outcome.ELIGIBLE;
    }
    return v[2] && v[3] && v[4] ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  @Override
  String summary(Outcome outcome) {
    String name = multiple ? "MG (multiple disabilities)" : "ZML (very low intellectual ability)";
    return switch (outcome) {
      case ELIGIBLE -> "Admissible to " + name + ".";
      case NOT_ELIGIBLE -> "Not admissible to " + name + " on the criteria of IQ below " + iqBelow
          + (multiple ? ", a second disability" : "") + " and, from IQ " + iqOnItsOwnBelow + ", the further evidence.";
      default -> "Admissibility to " + name + " cannot be decided until the missing facts are given.";
    };
  }

  @Override
  public String description() {
    return "IQ < " + iqBelow + "; IQ < " + iqOnItsOwnBelow + " suffices alone; otherwise very low self-reliance AND very limited progress "
        + "AND regular support exhausted, and under age " + youngerThan + " a comorbid disorder impairing learning"
        + (multiple ? "; plus a second diagnosed disability" : "");
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.Zml(scheme(), effectiveFrom(), schoolType().orElseThrow(), fundingCategory().orElseThrow(), iqBelow, iqOnItsOwnBelow,
        youngerThan);
  }

}
