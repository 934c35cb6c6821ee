package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.Finding.BEHAVIOURAL_DISORDER;
import static nl.passend.domain.eligibility.Finding.CLEARLY_NEEDS_SPECIAL_SCHOOL;
import static nl.passend.domain.eligibility.Finding.COMPLEX_PSYCHIATRIC_PROBLEMS;
import static nl.passend.domain.eligibility.Finding.DEVELOPMENTAL_DISORDER;
import static nl.passend.domain.eligibility.Finding.EDUCATIONAL_REPORT_PRESENT;
import static nl.passend.domain.eligibility.Finding.LARGE_OVERALL_DELAY;
import static nl.passend.domain.eligibility.Finding.LEARNING_DELAY;
import static nl.passend.domain.eligibility.Finding.PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER;
import static nl.passend.domain.eligibility.Finding.SCHOOL_REACHED_LIMITS;
import static nl.passend.domain.eligibility.Finding.SPECIFIC_LEARNING_DISORDER;
import static nl.passend.domain.eligibility.Finding.VERY_LOW_SELF_RELIANCE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Richtlijnen SBO {@code po-22-01} (R-CRI-SBO, {@code 004:L1155-1230}): guidelines, not criteria,
 * so the outcome is never ELIGIBLE. NOT_ELIGIBLE when an exclusion holds (IQ below 55, primarily a
 * severe behavioural disorder, very complex psychiatric problems, clearly in need of SO); an
 * exclusion counts only when its finding is true or an IQ below 55 is given (the one exception to
 * three-valued evaluation, SPEC §5.4). INSUFFICIENT_EVIDENCE without an educational report or
 * without evidence that the school reached its limits. Otherwise JUDGEMENT_REQUIRED, listing the
 * profiles 1-7 that match on the known facts.
 *
 * <p>Decided: the seed's "60/65 – 70/75" is 60-75 and "70/75 en hoger" is 70 and higher.
 */
public final class SboGuidelines implements EligibilityScheme {
  private final LocalDate effectiveFrom;
  private final int exclusionIqBelow;
  private final List<Profile> profiles;

  /**
   * Profiel: one of the seven guidelines.
   *
   * @param number 1-7
   * @param band the IQ band
   * @param description the profile in words
   * @param test the other conditions, on the known findings (unknown counts as not shown)
   */
  record Profile(int number, IqBand band, String description, Predicate<Assessment> test) {}

  /** Creates the guidelines with the exclusion below IQ {@code exclusionIqBelow} (55). */
  public SboGuidelines(LocalDate effectiveFrom, int exclusionIqBelow) {
    this.effectiveFrom = Validation.present(effectiveFrom, "effectiveFrom");
    Validation.require(exclusionIqBelow >= 30 && exclusionIqBelow <= 160, "exclusionIqBelow", "must be 30 to 160");
    this.exclusionIqBelow = exclusionIqBelow;
    this.profiles = List.of(
        // 004:L1182 "Geen complexe persoonlijkheidsproblematiek / ontwikkelingsstoornis" (SPEC version 2).
        new Profile(1, IqBand.of(55, 60), "IQ 55-60, a very large overall delay, teachable and fairly self-reliant, "
            + "no complex personality problems and no developmental disorder",
            a -> shown(a, LARGE_OVERALL_DELAY) && denied(a, VERY_LOW_SELF_RELIANCE) && denied(a, COMPLEX_PSYCHIATRIC_PROBLEMS)
                && denied(a, DEVELOPMENTAL_DISORDER)),
        new Profile(2, IqBand.of(60, 75), "IQ 60-75 with large delays and a specific learning disorder",
            a -> shown(a, LEARNING_DELAY) && shown(a, SPECIFIC_LEARNING_DISORDER)),
        new Profile(3, IqBand.of(60, 75), "IQ 60-75 with a large overall delay and an attention, concentration or social-contact disorder",
            a -> shown(a, LARGE_OVERALL_DELAY) && shown(a, DEVELOPMENTAL_DISORDER)),
        new Profile(4, IqBand.of(70, 160), "IQ 70 or higher with delays and a specific learning disorder, no further disorder",
            a -> shown(a, LEARNING_DELAY) && shown(a, SPECIFIC_LEARNING_DISORDER) && denied(a, DEVELOPMENTAL_DISORDER) && denied(a, BEHAVIOURAL_DISORDER)),
        new Profile(5, IqBand.of(70, 160), "IQ 70 or higher with large delays on many subjects and a developmental disorder",
            a -> shown(a, LARGE_OVERALL_DELAY) && shown(a, DEVELOPMENTAL_DISORDER)),
        new Profile(6, IqBand.of(70, 160), "IQ 70 or higher, primarily an attention, concentration or contact disorder",
            a -> shown(a, DEVELOPMENTAL_DISORDER)),
        new Profile(7, IqBand.of(70, 160), "IQ 70 or higher, primarily a behavioural disorder",
            a -> shown(a, BEHAVIOURAL_DISORDER)));
  }

  private static boolean shown(Assessment a, Finding f) {
    return a.finding(f).orElse(false);
  }

  private static boolean denied(Assessment a, Finding f) {
    return !a.finding(f).orElse(true);
  }

  @Override
  public Scheme scheme() {
    return Scheme.SBO;
  }

  @Override
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  @Override
  public Optional<SchoolType> schoolType() {
    return Optional.of(SchoolType.SBO);
  }

  @Override
  public Optional<FundingCategory> fundingCategory() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "guidelines: excluded when IQ < " + exclusionIqBelow + ", primarily a severe behavioural disorder, very complex psychiatric "
        + "problems or clearly in need of SO; needs an educational report and evidence that the school reached its limits; "
        + "then the committee weighs the matching profiles 1-7";
  }

  @Override
  public Set<String> factsRead() {
    return Set.of("iq", PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER.jsonName(), COMPLEX_PSYCHIATRIC_PROBLEMS.jsonName(),
        CLEARLY_NEEDS_SPECIAL_SCHOOL.jsonName(), EDUCATIONAL_REPORT_PRESENT.jsonName(), SCHOOL_REACHED_LIMITS.jsonName(),
        LARGE_OVERALL_DELAY.jsonName(), VERY_LOW_SELF_RELIANCE.jsonName(), LEARNING_DELAY.jsonName(),
        SPECIFIC_LEARNING_DISORDER.jsonName(), DEVELOPMENTAL_DISORDER.jsonName(), BEHAVIOURAL_DISORDER.jsonName());
  }

  /** The IQ bounds of the exclusion and the profiles. */
  public List<Integer> iqBounds() {
    List<Integer> bounds = new ArrayList<>(List.of(exclusionIqBelow));
    profiles.forEach(p -> bounds.addAll(List.of(p.band().min(), p.band().max() + 1)));
    return bounds;
  }

  @Override
  public EligibilityResult evaluate(Assessment a) {
    Validation.present(a, "assessment");
    ImmutableList.Builder<RuleOutcome> rules = ImmutableList.builder();
    boolean iqExcluded = a.iq().map(iq -> iq < exclusionIqBelow).orElse(false);
    boolean excluded = iqExcluded || shown(a, PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER)
        || shown(a, COMPLEX_PSYCHIATRIC_PROBLEMS) || shown(a, CLEARLY_NEEDS_SPECIAL_SCHOOL);
    rules.add(new RuleOutcome("R-CRI-SBO.exclusions", Optional.of(!excluded), excluded
        ? "An exclusion holds: " + exclusions(a, iqExcluded) + "."
        : "No exclusion is shown (IQ below " + exclusionIqBelow + ", primarily a severe behavioural disorder, very complex psychiatric problems, clearly in need of SO); an exclusion not given does not block."));
    List<String> missing = new ArrayList<>();
    if (!excluded) {
      if (!shown(a, EDUCATIONAL_REPORT_PRESENT)) {
        missing.add(EDUCATIONAL_REPORT_PRESENT.jsonName());
      }
      if (!shown(a, SCHOOL_REACHED_LIMITS)) {
        missing.add(SCHOOL_REACHED_LIMITS.jsonName());
      }
    }
    rules.add(new RuleOutcome("R-CRI-SBO.procedure", Optional.of(shown(a, EDUCATIONAL_REPORT_PRESENT) && shown(a, SCHOOL_REACHED_LIMITS)),
        "An educational report is present and the school shows it reached its limits."));
    List<Integer> matched = new ArrayList<>();
    for (Profile p : profiles) {
      boolean iqFits = a.iq().map(p.band()::contains).orElse(false);
      boolean holds = iqFits && p.test().test(a);
      if (holds) {
        matched.add(p.number());
      }
      rules.add(new RuleOutcome("R-CRI-SBO.profile-" + p.number(), Optional.of(holds), "Profile " + p.number() + ": " + p.description() + "."));
    }
    Outcome outcome = excluded ? Outcome.NOT_ELIGIBLE : !missing.isEmpty() ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.JUDGEMENT_REQUIRED;
    String summary = switch (outcome) {
      case NOT_ELIGIBLE -> "Not admissible to SBO: an exclusion of the guidelines holds.";
      case INSUFFICIENT_EVIDENCE -> "The guidelines cannot be weighed without " + String.join(" and ", missing) + ".";
      default -> "The committee weighs the guidelines; matching profiles: " + (matched.isEmpty() ? "none" : matched) + ".";
    };
    List<RuleOutcome> all = new ArrayList<>();
    all.add(new RuleOutcome("R-CRI-SBO", outcome == Outcome.NOT_ELIGIBLE ? Optional.of(false) : Optional.empty(), summary));
    all.addAll(rules.build());
    return new EligibilityResult(Scheme.SBO, effectiveFrom.toString(), outcome, schoolType(), Optional.empty(), all, missing,
        outcome == Outcome.NOT_ELIGIBLE ? List.of() : matched);
  }

  private String exclusions(Assessment a, boolean iqExcluded) {
    List<String> found = new ArrayList<>();
    if (iqExcluded) {
      found.add("IQ below " + exclusionIqBelow);
    }
    for (Finding f : List.of(PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER, COMPLEX_PSYCHIATRIC_PROBLEMS, CLEARLY_NEEDS_SPECIAL_SCHOOL)) {
      if (shown(a, f)) {
        found.add(f.jsonName());
      }
    }
    return String.join(", ", found);
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.Sbo(effectiveFrom, exclusionIqBelow);
  }

}
