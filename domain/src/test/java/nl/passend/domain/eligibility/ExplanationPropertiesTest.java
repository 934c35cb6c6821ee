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

  /**
   * Three-valued evaluation (SPEC §5.4) against brute force: leaving one or two facts of a complete
   * assessment out gives the outcome that every value of them agrees on (every IQ 30-160, every age
   * 4-20, every learning result at DL 100 and at DL 60, both values of a finding), and otherwise
   * INSUFFICIENT_EVIDENCE naming exactly the facts whose value alone changes the outcome for some
   * value of the other. Catches a candidate set that misses a region, and a {@code missing} list that
   * names too much or too little. The second fact is a finding or the date of birth, to keep the
   * brute force small.
   */
  @Property(tries = 200)
  void leavingOutFactsGivesWhatEveryValueOfThemAgreesOn(@ForAll("ruleSchemes") ThreeValuedScheme scheme, @ForAll("complete") Assessment a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 99) int first,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 99) int second, @ForAll boolean two) {
    java.util.List<String> read = java.util.List.copyOf(scheme.factsRead());
    Assume.that(!read.isEmpty());
    String f1 = read.get(first % read.size());
    java.util.List<String> small = read.stream().filter(f -> !f.equals(f1) && !f.equals("iq") && !f.startsWith("domains.")).toList();
    java.util.List<String> facts = two && !small.isEmpty() ? java.util.List.of(f1, small.get(second % small.size())) : java.util.List.of(f1);

    Assessment without = facts.stream().reduce(a, ExplanationPropertiesTest::leaveOut, (x, y) -> y);
    java.util.List<Assessment> rows = values(a, facts.get(0));
    Outcome[][] table = new Outcome[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      java.util.List<Assessment> cells = facts.size() == 2 ? values(rows.get(i), facts.get(1)) : java.util.List.of(rows.get(i));
      table[i] = cells.stream().map(c -> scheme.evaluate(c).outcome()).toArray(Outcome[]::new);
    }
    java.util.Set<Outcome> outcomes = java.util.EnumSet.noneOf(Outcome.class);
    java.util.Set<String> matters = new java.util.HashSet<>();
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[i].length; j++) {
        outcomes.add(table[i][j]);
        if (table[i][j] != table[0][j]) {
          matters.add(facts.get(0));
        }
        if (table[i][j] != table[i][0]) {
          matters.add(facts.get(1));
        }
      }
    }
    EligibilityResult result = scheme.evaluate(without);
    if (outcomes.size() == 1) {
      assertThat(result.outcome()).isEqualTo(outcomes.iterator().next());
      assertThat(result.missing()).isEmpty();
    } else {
      assertThat(result.outcome()).as("values of %s give %s", facts, outcomes).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
      assertThat(result.missing()).as("facts left out: %s", facts).containsExactlyElementsOf(read.stream().filter(matters::contains).toList());
    }
  }

  private static Assessment leaveOut(Assessment a, String fact) {
    if (fact.equals("iq")) {
      return a.withoutIq();
    }
    if (fact.equals("dateOfBirth")) {
      return new Assessment(a.assessmentDate(), java.util.Optional.empty(), a.iq(), a.domains(), a.findings(), a.decisionDate());
    }
    if (fact.startsWith("domains.")) {
      java.util.Map<LearningDomain, DomainResult> rest = new java.util.EnumMap<>(LearningDomain.class);
      rest.putAll(a.domains());
      rest.remove(LearningDomain.valueOf(fact.substring("domains.".length())));
      return new Assessment(a.assessmentDate(), a.dateOfBirth(), a.iq(), rest, a.findings(), a.decisionDate());
    }
    return a.without(Finding.fromJsonName(fact).orElseThrow());
  }

  /** Every value a fact can take, densely. */
  private static java.util.List<Assessment> values(Assessment a, String fact) {
    java.util.List<Assessment> values = new java.util.ArrayList<>();
    if (fact.equals("iq")) {
      for (int iq = 30; iq <= 160; iq++) {
        values.add(a.withIq(iq));
      }
    } else if (fact.equals("dateOfBirth")) {
      for (int age = 4; age <= 20; age++) {
        values.add(a.withDateOfBirth(a.assessmentDate().minusYears(age)));
      }
    } else if (fact.startsWith("domains.")) {
      LearningDomain domain = LearningDomain.valueOf(fact.substring("domains.".length()));
      for (int dl : new int[] {60, 100}) {
        for (int dle = 0; dle <= dl; dle++) {
          values.add(a.withDomain(domain, dl, dle));
        }
      }
    } else {
      Finding finding = Finding.fromJsonName(fact).orElseThrow();
      values.add(a.with(finding, false));
      values.add(a.with(finding, true));
    }
    return values;
  }
}
