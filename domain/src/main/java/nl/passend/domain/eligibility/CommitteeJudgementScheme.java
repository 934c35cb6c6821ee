package nl.passend.domain.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Afweging door de commissie: a scheme for a partnership that publishes no criteria
 * ({@code vo-zo-drenthe}, VSO and PrO): the outcome is always JUDGEMENT_REQUIRED, and the rules list
 * the facts the committee weighs, with what the assessment says of each.
 */
public final class CommitteeJudgementScheme extends ThreeValuedScheme {
  private final Set<Finding> weighed;
  private final boolean weighsIqAndDelays;

  /**
   * Creates the scheme.
   *
   * @param scheme VSO or PRO
   * @param effectiveFrom the version's first day
   * @param schoolType the school type
   * @param category the default funding category, for VSO
   * @param weighed the findings the committee weighs
   * @param weighsIqAndDelays whether the IQ and the learning delays are among the facts weighed
   */
  public CommitteeJudgementScheme(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType,
      Optional<FundingCategory> category, Set<Finding> weighed, boolean weighsIqAndDelays) {
    super(scheme, effectiveFrom, Optional.of(schoolType), category);
    this.weighed = weighed.isEmpty() ? EnumSet.noneOf(Finding.class) : EnumSet.copyOf(weighed);
    this.weighsIqAndDelays = weighsIqAndDelays;
  }

  @Override
  String ruleId() {
    return "R-CRI-" + scheme().name() + "-JUDGEMENT";
  }

  @Override
  Set<Finding> findingsRead() {
    return weighed;
  }

  @Override
  List<Integer> iqCandidates() {
    return weighsIqAndDelays ? iqAround(55, 81) : List.of();
  }

  @Override
  List<DomainResult> domainCandidates() {
    return weighsIqAndDelays ? DomainThreshold.delayAtLeast(50).candidates() : List.of();
  }

  @Override
  List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (Finding f : weighed) {
      criteria.add(new Criterion(ruleId() + "." + f.jsonName(), "To weigh: " + f.jsonName(), facts -> facts.is(f)));
    }
    if (weighsIqAndDelays) {
      criteria.add(new Criterion(ruleId() + ".iq", "To weigh: an IQ within 55-80", facts -> facts.iq >= 55 && facts.iq <= 80));
      criteria.add(new Criterion(ruleId() + ".delays", "To weigh: " + DomainThreshold.delayAtLeast(50).describe(),
          DomainThreshold.delayAtLeast(50)::holds));
    }
    return criteria;
  }

  @Override
  Outcome decide(boolean[] verdicts) {
    return Outcome.JUDGEMENT_REQUIRED;
  }

  @Override
  String summary(Outcome outcome) {
    return "The partnership publishes no criteria for " + scheme() + "; its committee weighs the facts listed below.";
  }

  @Override
  public String description() {
    return "no published criteria: the committee weighs " + weighed + (weighsIqAndDelays ? ", the IQ and the learning delays" : "");
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.CommitteeJudgement(scheme(), effectiveFrom(), schoolType().orElseThrow(), fundingCategory(), weighed, weighsIqAndDelays);
  }

}
