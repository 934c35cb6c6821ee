package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.passend.domain.testing.AssessmentArbitraries;

/**
 * Properties of the explanation (issue: explanations that cannot lie) and of the PrO and LWOO
 * schemes of SPEC version 2. Each property says what it would catch.
 */
class ExplanationPropertiesTest {

  @Provide
  Arbitrary<ThreeValuedScheme> ruleSchemes() {
    return Arbitraries.of(EligibilityPropertiesTest.allSchemes().stream()
        .filter(ThreeValuedScheme.class::isInstance).map(ThreeValuedScheme.class::cast).toList());
  }

  @Provide
  Arbitrary<ThreeValuedScheme> proAndLwooSchemes() {
    return Arbitraries.of(EligibilityPropertiesTest.allSchemes().stream()
        .filter(s -> s.scheme() == Scheme.PRO || s.scheme() == Scheme.LWOO)
        .filter(ThreeValuedScheme.class::isInstance).map(ThreeValuedScheme.class::cast).toList());
  }

  @Provide
  Arbitrary<Assessment> complete() {
    return AssessmentArbitraries.completeAssessments();
  }

  @Provide
  Arbitrary<Assessment> partial() {
    return AssessmentArbitraries.assessments();
  }

  /**
   * On complete facts every listed verdict is decided and the outcome is what the scheme derives
   * from exactly those verdicts. Catches an explanation computed apart from the outcome: inverting
   * or forcing one criterion's verdict in the list would leave a list from which another outcome
   * follows.
   */
  @Property
  void theOutcomeFollowsFromTheListedVerdicts(@ForAll("ruleSchemes") ThreeValuedScheme scheme, @ForAll("complete") Assessment a) {
    EligibilityResult result = scheme.evaluate(a);
    List<RuleOutcome> criteria = result.rules().subList(1, result.rules().size());
    assertThat(criteria).extracting(RuleOutcome::id).containsExactlyElementsOf(scheme.criteria().stream().map(ThreeValuedScheme.Criterion::id).toList());
    boolean[] verdicts = new boolean[criteria.size()];
    for (int i = 0; i < verdicts.length; i++) {
      Optional<Boolean> holds = criteria.get(i).holds();
      assertThat(holds).as("%s on complete facts", criteria.get(i).id()).isPresent();
      verdicts[i] = holds.get();
    }
    assertThat(scheme.decide(verdicts)).isEqualTo(result.outcome());
    assertThat(result.rules().get(0).holds()).isEqualTo(switch (result.outcome()) {
      case ELIGIBLE -> Optional.of(true);
      case NOT_ELIGIBLE -> Optional.of(false);
      default -> Optional.<Boolean>empty();
    });
  }

  /**
   * A verdict of the explanation does not move when a fact the scheme does not read changes.
   * Catches a criterion that reads a fact outside the scheme's declared facts.
   */
  @Property
  void aListedVerdictStaysWhenAnIrrelevantFactChanges(@ForAll("ruleSchemes") ThreeValuedScheme scheme, @ForAll("partial") Assessment a,
      @ForAll Finding finding, @ForAll boolean value) {
    Assume.that(!scheme.factsRead().contains(finding.jsonName()));
    assertThat(scheme.evaluate(a.with(finding, value)).rules()).isEqualTo(scheme.evaluate(a).rules());
  }

  /**
   * R-CRI-PRO / R-CRI-LWOO (version 2): the DLE matters only through the delay in percent of the DL,
   * so scaling DL and DLE of every domain by the same factor keeps the outcome and every verdict.
   * Catches a threshold on the raw DLE (version 1 of vo-31-02).
   */
  @Property
  void proAndLwooDependOnTheDleOnlyThroughTheDelay(@ForAll("proAndLwooSchemes") ThreeValuedScheme scheme, @ForAll("complete") Assessment a,
      @ForAll @IntRange(min = 2, max = 2) int factor) {
    Assessment scaled = a;
    for (var e : a.domains().entrySet()) {
      scaled = scaled.withDomain(e.getKey(), e.getValue().dl() * factor, e.getValue().dle() * factor);
    }
    EligibilityResult before = scheme.evaluate(a);
    EligibilityResult after = scheme.evaluate(scaled);
    assertThat(after.outcome()).isEqualTo(before.outcome());
    assertThat(after.rules()).extracting(RuleOutcome::holds).isEqualTo(before.rules().stream().map(RuleOutcome::holds).toList());
  }

  /**
   * Three-valued soundness of the mixed route (R-CRI-PRO, art. 15d lid 6) and of every PrO and LWOO
   * scheme: filling in an unknown learning domain never contradicts a decided outcome. Catches a
   * candidate set that misses a region of the delay thresholds.
   */
  @Property
  void fillingInAnUnknownDomainNeverContradictsADecidedOutcome(@ForAll("proAndLwooSchemes") ThreeValuedScheme scheme,
      @ForAll("partial") Assessment a, @ForAll LearningDomain domain, @ForAll("results") DomainResult result) {
    Assume.that(!a.domains().containsKey(domain));
    EligibilityResult partial = scheme.evaluate(a);
    Assume.that(partial.outcome() != Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(scheme.evaluate(a.withDomain(domain, result.dl(), result.dle())).outcome()).isEqualTo(partial.outcome());
  }

  @Provide
  Arbitrary<DomainResult> results() {
    return AssessmentArbitraries.learningResults();
  }
}
