package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static nl.passend.domain.eligibility.EligibilityFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict of every rule an explanation lists, written out by hand per case, next to the
 * outcome: a per-rule verdict that is inverted or forced (SPEC §5.4: the outcome follows from the
 * listed rules) fails one of these cases. {@code +} holds, {@code -} does not hold, {@code ?} cannot
 * be decided.
 */
class ExplanationVerdictsTest {

  /** The verdicts of the result's rules, after its first (the scheme's own) rule, as {@code suffix=+|-|?}. */
  private static String verdicts(EligibilityResult result) {
    Map<String, String> v = new LinkedHashMap<>();
    result.rules().stream().skip(1).forEach(r -> v.put(r.id().substring(r.id().lastIndexOf('.') + 1),
        r.holds().map(h -> h ? "+" : "-").orElse("?")));
    return v.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("");
  }

  private static Assessment zml(int iq, int age) {
    return Assessment.on(ASSESSED).withDateOfBirth(ASSESSED.minusYears(age).minusDays(10)).withIq(iq);
  }

  @ParameterizedTest(name = "R-CRI-C3-ZML iq {0} age {1} self-reliance {2} progress {3} exhausted {4} comorbid {5}: {6} / {7}")
  @CsvSource({
      "60, 10, true, true, true, false, ELIGIBLE, iq=+ iq-alone=- limitation=+ support-exhausted=+ young-child=+",
      "60, 10, true, true, false, false, NOT_ELIGIBLE, iq=+ iq-alone=- limitation=+ support-exhausted=- young-child=+",
      "60, 10, false, true, true, false, NOT_ELIGIBLE, iq=+ iq-alone=- limitation=- support-exhausted=+ young-child=+",
      "60, 10, true, false, true, false, NOT_ELIGIBLE, iq=+ iq-alone=- limitation=- support-exhausted=+ young-child=+",
      "60, 7, true, true, true, false, NOT_ELIGIBLE, iq=+ iq-alone=- limitation=+ support-exhausted=+ young-child=-",
      "60, 7, true, true, true, true, ELIGIBLE, iq=+ iq-alone=- limitation=+ support-exhausted=+ young-child=+",
      "54, 7, false, false, false, false, ELIGIBLE, iq=+ iq-alone=+ limitation=- support-exhausted=- young-child=-",
      "70, 10, true, true, true, true, NOT_ELIGIBLE, iq=- iq-alone=- limitation=+ support-exhausted=+ young-child=+"})
  void everyZmlRuleHasItsOwnVerdict_R_CRI_C3_ZML(int iq, int age, boolean selfReliance, boolean progress, boolean exhausted, boolean comorbid,
      Outcome outcome, String expected) {
    Assessment a = zml(iq, age).with(Finding.VERY_LOW_SELF_RELIANCE, selfReliance).with(Finding.VERY_LIMITED_PROGRESS, progress)
        .with(Finding.REGULAR_SUPPORT_EXHAUSTED, exhausted).with(Finding.COMORBID_DISORDER_IMPAIRING_LEARNING, comorbid);
    EligibilityResult result = evaluate("po-22-01", Scheme.ZML, a);
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(verdicts(result)).isEqualTo(expected);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-C3-ZML");
    assertThat(result.fundingCategory()).isEqualTo(outcome == Outcome.NOT_ELIGIBLE ? java.util.Optional.empty()
        : java.util.Optional.of(FundingCategory.LOW));
  }

  @Test
  void mgListsTheSecondDisabilityAndItsOwnRuleId_R_CRI_C3_MG() {
    Assessment a = zml(50, 10).with(Finding.SECOND_DISABILITY_DIAGNOSED, false);
    EligibilityResult result = evaluate("po-22-01", Scheme.MG, a);
    assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-C3-MG");
    assertThat(verdicts(result)).endsWith("second-disability=-");
    assertThat(verdicts(evaluate("po-22-01", Scheme.MG, a.with(Finding.SECOND_DISABILITY_DIAGNOSED, true)))).endsWith("second-disability=+");
  }

  @ParameterizedTest(name = "R-CRI-VSO A {0} B {1}: {2} / {3}")
  @CsvSource(nullValues = "~", value = {
      "true, true, ELIGIBLE, A=+ B=+",
      "false, true, JUDGEMENT_REQUIRED, A=- B=+",
      "true, false, JUDGEMENT_REQUIRED, A=+ B=-",
      "false, false, JUDGEMENT_REQUIRED, A=- B=-",
      "~, true, INSUFFICIENT_EVIDENCE, A=? B=+",
      "true, ~, INSUFFICIENT_EVIDENCE, A=+ B=?"})
  void bothCascadeRulesHaveTheirOwnVerdict_R_CRI_VSO(Boolean analysis, Boolean cascade, Outcome outcome, String expected) {
    Assessment a = Assessment.on(ASSESSED);
    if (analysis != null) {
      a = a.with(Finding.INTEGRATED_PROBLEM_ANALYSIS, analysis);
    }
    if (cascade != null) {
      a = a.with(Finding.CASCADE_MODEL_FOLLOWED, cascade);
    }
    EligibilityResult result = evaluate("vo-31-02", Scheme.VSO, a);
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(verdicts(result)).isEqualTo(expected);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-VSO");
    assertThat(result.fundingCategory().isPresent()).isEqualTo(outcome != Outcome.NOT_ELIGIBLE);
  }

  @ParameterizedTest(name = "R-CRI-SBO profile at IQ {0} with {1}: {2}")
  @CsvSource({
      "57, LARGE_OVERALL_DELAY, 1",
      "65, LEARNING_DELAY SPECIFIC_LEARNING_DISORDER, 2",
      "65, LARGE_OVERALL_DELAY DEVELOPMENTAL_DISORDER, 3",
      "72, LEARNING_DELAY SPECIFIC_LEARNING_DISORDER, 2 4",
      "80, LARGE_OVERALL_DELAY DEVELOPMENTAL_DISORDER, 5 6",
      "80, DEVELOPMENTAL_DISORDER, 6",
      "80, BEHAVIOURAL_DISORDER, 7",
      "100, BEHAVIOURAL_DISORDER LEARNING_DELAY SPECIFIC_LEARNING_DISORDER, 7"})
  void eachSboProfileHoldsExactlyWhenItsConditionsAreShown_R_CRI_SBO(int iq, String shown, String profiles) {
    Assessment a = Assessment.on(ASSESSED).withIq(iq).with(Finding.EDUCATIONAL_REPORT_PRESENT, true).with(Finding.SCHOOL_REACHED_LIMITS, true);
    for (Finding f : new Finding[] {Finding.LARGE_OVERALL_DELAY, Finding.LEARNING_DELAY, Finding.SPECIFIC_LEARNING_DISORDER,
        Finding.DEVELOPMENTAL_DISORDER, Finding.BEHAVIOURAL_DISORDER, Finding.VERY_LOW_SELF_RELIANCE, Finding.COMPLEX_PSYCHIATRIC_PROBLEMS}) {
      a = a.with(f, java.util.List.of(shown.split(" ")).contains(f.name()));
    }
    EligibilityResult result = evaluate("po-22-01", Scheme.SBO, a);
    assertThat(result.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    StringBuilder expected = new StringBuilder("exclusions=+ procedure=+");
    for (int p = 1; p <= 7; p++) {
      expected.append(" profile-").append(p).append('=').append(java.util.List.of(profiles.split(" ")).contains(String.valueOf(p)) ? "+" : "-");
    }
    assertThat(verdicts(result)).isEqualTo(expected.toString());
    assertThat(result.matchedProfiles()).extracting(String::valueOf).containsExactly(profiles.split(" "));
  }

  @Test
  void theSboExclusionAtTheIqBoundIsExact_R_CRI_SBO() {
    Assessment a = Assessment.on(ASSESSED).with(Finding.EDUCATIONAL_REPORT_PRESENT, true).with(Finding.SCHOOL_REACHED_LIMITS, true);
    assertThat(evaluate("po-22-01", Scheme.SBO, a.withIq(54)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(evaluate("po-22-01", Scheme.SBO, a.withIq(55)).outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(new SboGuidelines(LocalDate.of(2022, 8, 1), 30).evaluate(a.withIq(30)).outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(new SboGuidelines(LocalDate.of(2022, 8, 1), 160).evaluate(a.withIq(159)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @ParameterizedTest(name = "R-CRI-C4 problems {0} link {1} exhausted {2}: {3}")
  @CsvSource({
      "true, true, true, ELIGIBLE, problems=+ causal-link=+ support-exhausted=+",
      "false, true, true, NOT_ELIGIBLE, problems=- causal-link=+ support-exhausted=+",
      "true, false, true, NOT_ELIGIBLE, problems=+ causal-link=- support-exhausted=+",
      "true, true, false, NOT_ELIGIBLE, problems=+ causal-link=+ support-exhausted=-"})
  void everyClusterFourRuleHasItsOwnVerdict_R_CRI_C4(boolean problems, boolean link, boolean exhausted, Outcome outcome, String expected) {
    Assessment a = Assessment.on(ASSESSED).with(Finding.SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS, problems)
        .with(Finding.CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION, link).with(Finding.REGULAR_SUPPORT_EXHAUSTED, exhausted);
    EligibilityResult result = evaluate("vo-22-01", Scheme.CLUSTER_4, a);
    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-C4");
    assertThat(verdicts(result)).isEqualTo(expected);
    assertThat(result.schoolType()).contains(SchoolType.VSO);
  }

  /** The verdict of one rule of a result. */
  private static String verdict(EligibilityResult result, String id) {
    return result.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
        .holds().map(h -> h ? "+" : "-").orElse("?");
  }

  @ParameterizedTest(name = "R-CRI-PRO mixed route, IQ {0}, social-emotional problems {1}: LWOO IQ criterion {2}")
  @CsvSource({"82, false, +", "95, true, +", "95, false, -", "125, true, -", "74, true, -", "91, true, +", "120, true, +", "90, false, +"})
  void theLwooIqCriterionOfTheMixedRouteHasItsOwnVerdict_R_CRI_PRO(int iq, boolean problems, String expected) {
    Assessment a = EligibilityFixtures.allDomains(Assessment.on(ASSESSED).withIq(iq).with(Finding.SOCIAL_EMOTIONAL_PROBLEMS, problems), 40);
    assertThat(verdict(evaluate("vo-22-01", Scheme.PRO, a), "R-CRI-PRO.mixed-lwoo-iq")).isEqualTo(expected);
    assertThat(verdict(evaluate("vo-22-01", Scheme.LWOO, a), "R-CRI-LWOO.iq-lower") .equals("+")
        || verdict(evaluate("vo-22-01", Scheme.LWOO, a), "R-CRI-LWOO.iq-upper-with-problems").equals("+"))
        .as("the LWOO scheme's own IQ rules agree").isEqualTo(expected.equals("+"));
  }

  @Test
  void theLwooSchemesNameTheirOwnRule_R_CRI_LWOO() {
    Assessment a = EligibilityFixtures.allDomains(Assessment.on(ASSESSED).withIq(85).with(Finding.SOCIAL_EMOTIONAL_PROBLEMS, false), 40);
    assertThat(evaluate("vo-22-01", Scheme.LWOO, a).rules().get(0).id()).isEqualTo("R-CRI-LWOO");
    EligibilityResult dle = evaluate("vo-31-02", Scheme.LWOO, a);
    assertThat(dle.rules().get(0).id()).isEqualTo("R-CRI-LWOO");
    assertThat(dle.rules()).extracting(RuleOutcome::id).containsExactly("R-CRI-LWOO", "R-CRI-LWOO.delays");
    assertThat(evaluate("po-22-01", Scheme.SBO, a).scheme()).isEqualTo(Scheme.SBO);
    assertThat(new SboGuidelines(LocalDate.of(2022, 8, 1), 55).scheme()).isEqualTo(Scheme.SBO);
  }

  @Test
  void theProJudgementSentenceNamesTheTransitionZone_R_CRI_PRO() {
    // IQ 78 in the zone 75-80 and delays of 50% on all four domains: both PrO criteria hold, the committee weighs.
    Assessment a = EligibilityFixtures.allDomains(Assessment.on(ASSESSED).withIq(78).with(Finding.SOCIAL_EMOTIONAL_PROBLEMS, false), 30);
    // A scheme of its own, not the built-in one: the sentences are made once per scheme, on first use.
    ProScheme pro = new ProScheme(LocalDate.of(2022, 8, 1), IqBand.of(55, 80), java.util.Optional.of(IqBand.of(75, 80)),
        DomainThreshold.delayAtLeast(50), java.util.Optional.of(LwooNationalScheme.statutory(LocalDate.of(2022, 8, 1))));
    EligibilityResult result = pro.evaluate(a);
    assertThat(result.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(result.rules().get(0).explanation()).startsWith("The committee weighs the case: the IQ lies in the transition zone 75-80, or");
  }
}
