package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.testing.AssessmentArbitraries;

class EligibilityPropertiesTest {

  /** Every version of every scheme of every built-in policy. */
  static List<EligibilityScheme> allSchemes() {
    List<EligibilityScheme> all = new ArrayList<>();
    for (PartnershipPolicy p : SeedPolicies.all()) {
      p.eligibility().versions().values().forEach(all::addAll);
    }
    return all;
  }

  @Provide
  Arbitrary<EligibilityScheme> schemes() {
    return Arbitraries.of(allSchemes());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return AssessmentArbitraries.assessments();
  }

  @Provide
  Arbitrary<Finding> findings() {
    return Arbitraries.of(Finding.class);
  }

  @Property
  void outcomeDoesNotChangeWhenAFactTheSchemeDoesNotReadChanges(
      @ForAll("schemes") EligibilityScheme scheme, @ForAll("assessments") Assessment a, @ForAll("findings") Finding finding) {
    Assume.that(!scheme.factsRead().contains(finding.jsonName()));
    EligibilityResult before = scheme.evaluate(a);
    for (Assessment changed : List.of(a.with(finding, true), a.with(finding, false), a.without(finding))) {
      EligibilityResult after = scheme.evaluate(changed);
      assertThat(after.outcome()).isEqualTo(before.outcome());
      assertThat(after.missing()).isEqualTo(before.missing());
      assertThat(after.matchedProfiles()).isEqualTo(before.matchedProfiles());
    }
  }

  /**
   * Three-valued soundness: an outcome decided on partial facts stays the same whatever value a
   * missing fact gets; an undecided one names what is missing.
   */
  @Property
  void aDecidedOutcomeHoldsWhateverTheUnknownFindingsTurnOutToBe(
      @ForAll("schemes") EligibilityScheme scheme, @ForAll("assessments") Assessment a, @ForAll("findings") Finding finding) {
    EligibilityResult partial = scheme.evaluate(a);
    boolean undecided = partial.outcome() == Outcome.INSUFFICIENT_EVIDENCE;
    assertThat(!undecided || !partial.missing().isEmpty()).as("an undecided outcome names what is missing").isTrue();
    // The SBO guidelines are the stated exception to three-valued evaluation (R-CRI-SBO).
    Assume.that(!undecided && a.finding(finding).isEmpty() && scheme.scheme() != Scheme.SBO);
    for (boolean value : new boolean[] {true, false}) {
      assertThat(scheme.evaluate(a.with(finding, value)).outcome()).as("%s with %s=%s", scheme.scheme(), finding, value)
          .isEqualTo(partial.outcome());
    }
  }

  @Property
  void aDecidedOutcomeHoldsWhateverTheUnknownIqTurnsOutToBe(
      @ForAll("schemes") EligibilityScheme scheme, @ForAll("assessments") Assessment given, @ForAll @net.jqwik.api.constraints.IntRange(min = 30, max = 160) int iq) {
    // Catches an IQ candidate set that misses a band: a decision on an unknown IQ that one IQ contradicts.
    Assume.that(scheme.scheme() != Scheme.SBO);
    Assessment a = given.withoutIq();
    EligibilityResult partial = scheme.evaluate(a);
    Assume.that(partial.outcome() != Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(scheme.evaluate(a.withIq(iq)).outcome()).isEqualTo(partial.outcome());
  }

  /**
   * Raising the IQ by one point without crossing one of the scheme's bounds never changes the
   * outcome; in particular ELIGIBLE never turns into NOT_ELIGIBLE inside a band.
   */
  @Property
  void raisingIqInsideABandNeverChangesTheOutcome(
      @ForAll("schemes") EligibilityScheme scheme, @ForAll("assessments") Assessment a, @ForAll @net.jqwik.api.constraints.IntRange(min = 30, max = 159) int iq) {
    Assume.that(scheme.factsRead().contains("iq"));
    Assume.that(!bounds(scheme).contains(iq + 1));
    assertThat(scheme.evaluate(a.withIq(iq + 1)).outcome()).isEqualTo(scheme.evaluate(a.withIq(iq)).outcome());
  }

  /** SBO profiles 4-7 are open above: raising the IQ from 70 up never removes them. */
  @Property
  void sboProfilesOpenAboveStayMatchedWhenIqRises(@ForAll("assessments") Assessment a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 70, max = 159) int iq) {
    EligibilityScheme sbo = SeedPolicies.find(nl.passend.domain.organisation.PolicyId.of("po-22-01")).orElseThrow()
        .eligibility().version(Scheme.SBO, a.assessmentDate()).orElseThrow();
    List<Integer> before = sbo.evaluate(a.withIq(iq)).matchedProfiles().stream().filter(p -> p >= 4).toList();
    List<Integer> after = sbo.evaluate(a.withIq(iq + 1)).matchedProfiles().stream().filter(p -> p >= 4).toList();
    assertThat(after).isEqualTo(before);
  }

  private static List<Integer> bounds(EligibilityScheme scheme) {
    if (scheme instanceof SboGuidelines sbo) {
      return sbo.iqBounds();
    }
    // Every IQ value at which a three-valued scheme may change its mind is a candidate it enumerates.
    return ((ThreeValuedScheme) scheme).iqCandidates().stream().flatMap(c -> java.util.stream.Stream.of(c, c + 1)).toList();
  }
}
