package nl.passend.domain.eligibility;

import java.util.Optional;
import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static nl.passend.domain.eligibility.EligibilityFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SboGuidelinesTest {
  private static final Assessment READY = Assessment.on(ASSESSED)
      .with(Finding.EDUCATIONAL_REPORT_PRESENT, true).with(Finding.SCHOOL_REACHED_LIMITS, true);

  @Test
  void neverEligibleOnlyJudgement_R_CRI_SBO() {
    EligibilityResult result = evaluate("po-22-01", Scheme.SBO, READY.withIq(72)
        .with(Finding.LEARNING_DELAY, true).with(Finding.SPECIFIC_LEARNING_DISORDER, true)
        .with(Finding.DEVELOPMENTAL_DISORDER, false).with(Finding.BEHAVIOURAL_DISORDER, false));
    assertThat(result.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(result.matchedProfiles()).containsExactly(2, 4);
  }

  @ParameterizedTest(name = "R-CRI-SBO iq {0} -> {1}")
  @CsvSource({"54, NOT_ELIGIBLE", "55, JUDGEMENT_REQUIRED"})
  void iqBelow55Excludes(int iq, Outcome expected) {
    assertThat(evaluate("po-22-01", Scheme.SBO, READY.withIq(iq)).outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "R-CRI-SBO exclusion {0}")
  @CsvSource({"primarilySevereBehaviouralDisorder", "complexPsychiatricProblems", "clearlyNeedsSpecialSchool"})
  void anExclusionThatHoldsBlocks(String finding) {
    Finding f = Finding.fromJsonName(finding).orElseThrow();
    assertThat(evaluate("po-22-01", Scheme.SBO, READY.withIq(80).with(f, true)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(evaluate("po-22-01", Scheme.SBO, READY.withIq(80).with(f, false)).outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
  }

  @Test
  void anUnknownExclusionDoesNotBlock_R_CRI_SBO() {
    assertThat(evaluate("po-22-01", Scheme.SBO, READY).outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
  }

  @Test
  void withoutReportOrLimitsTheEvidenceIsInsufficient_R_CRI_SBO() {
    EligibilityResult result = evaluate("po-22-01", Scheme.SBO, Assessment.on(ASSESSED).withIq(80).with(Finding.SCHOOL_REACHED_LIMITS, true));
    assertThat(result.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(result.missing()).containsExactly("educationalReportPresent");
    assertThat(evaluate("po-22-01", Scheme.SBO, Assessment.on(ASSESSED).with(Finding.EDUCATIONAL_REPORT_PRESENT, false)).missing())
        .containsExactly("educationalReportPresent", "schoolReachedLimits");
  }

  @ParameterizedTest(name = "R-CRI-SBO profiles iq {0} -> {1}")
  @CsvSource({
      "60, '3'",
      "69, '3'",
      "70, '3,5,6'",
      "75, '3,5,6'",
      "76, '5,6'"})
  void profileBandsAsDecided(int iq, String expected) {
    Assessment a = READY.withIq(iq).with(Finding.LARGE_OVERALL_DELAY, true).with(Finding.VERY_LOW_SELF_RELIANCE, false)
        .with(Finding.COMPLEX_PSYCHIATRIC_PROBLEMS, false).with(Finding.DEVELOPMENTAL_DISORDER, true);
    EligibilityResult result = evaluate("po-22-01", Scheme.SBO, a);
    assertThat(result.matchedProfiles()).map(String::valueOf).containsExactly(expected.split(","));
  }

  @ParameterizedTest(name = "R-CRI-SBO profile 1, iq {0}, developmentalDisorder {1} -> matched {2}")
  @CsvSource(nullValues = "-", value = {
      // SPEC version 2 (004:L1182 "Geen complexe persoonlijkheidsproblematiek / ontwikkelingsstoornis"):
      // profile 1 needs the developmental disorder shown absent, like the complex problems.
      "55, false, true",
      "60, false, true",
      "55, true, false",
      "55, -, false",
      "61, false, false",
      "54, false, false"})
  void profileOneExcludesADevelopmentalDisorder(int iq, Boolean developmental, boolean matched) {
    Assessment a = READY.withIq(iq).with(Finding.LARGE_OVERALL_DELAY, true).with(Finding.VERY_LOW_SELF_RELIANCE, false)
        .with(Finding.COMPLEX_PSYCHIATRIC_PROBLEMS, false);
    if (developmental != null) {
      a = a.with(Finding.DEVELOPMENTAL_DISORDER, developmental);
    }
    EligibilityResult result = evaluate("po-22-01", Scheme.SBO, a);
    assertThat(result.matchedProfiles().contains(1)).isEqualTo(matched);
    assertThat(result.rules()).filteredOn(r -> r.id().equals("R-CRI-SBO.profile-1")).singleElement()
        .satisfies(r -> assertThat(r.holds()).contains(matched));
  }

  private static Optional<Boolean> verdict(EligibilityResult r, String id) {
    return r.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().holds();
  }

  @Test
  void everyRuleOfTheExplanationCarriesItsOwnVerdict_R_CRI_SBO() {
    EligibilityResult weighed = evaluate("po-22-01", Scheme.SBO, READY.withIq(72).with(Finding.LEARNING_DELAY, true)
        .with(Finding.SPECIFIC_LEARNING_DISORDER, true).with(Finding.DEVELOPMENTAL_DISORDER, false).with(Finding.BEHAVIOURAL_DISORDER, false));
    assertThat(verdict(weighed, "R-CRI-SBO")).isEmpty();
    assertThat(verdict(weighed, "R-CRI-SBO.exclusions")).contains(true);
    assertThat(verdict(weighed, "R-CRI-SBO.procedure")).contains(true);
    assertThat(verdict(weighed, "R-CRI-SBO.profile-2")).contains(true);
    assertThat(verdict(weighed, "R-CRI-SBO.profile-1")).contains(false);
    assertThat(weighed.rules().get(0).explanation()).contains("matching profiles: [2, 4]");
    assertThat(weighed.schoolType()).contains(nl.passend.domain.organisation.SchoolType.SBO);
    assertThat(weighed.scheme()).isEqualTo(Scheme.SBO);

    EligibilityResult excluded = evaluate("po-22-01", Scheme.SBO, READY.withIq(50).with(Finding.COMPLEX_PSYCHIATRIC_PROBLEMS, true));
    assertThat(verdict(excluded, "R-CRI-SBO")).contains(false);
    assertThat(verdict(excluded, "R-CRI-SBO.exclusions")).contains(false);
    assertThat(excluded.rules().get(1).explanation()).isEqualTo("An exclusion holds: IQ below 55, complexPsychiatricProblems.");
    assertThat(excluded.matchedProfiles()).isEmpty();
    assertThat(excluded.missing()).isEmpty();

    EligibilityResult behaviour = evaluate("po-22-01", Scheme.SBO, Assessment.on(ASSESSED).withIq(80)
        .with(Finding.PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER, true));
    assertThat(behaviour.rules().get(1).explanation()).isEqualTo("An exclusion holds: primarilySevereBehaviouralDisorder.");
    assertThat(verdict(behaviour, "R-CRI-SBO.procedure")).contains(false);

    EligibilityResult noReport = evaluate("po-22-01", Scheme.SBO, Assessment.on(ASSESSED).withIq(80).with(Finding.SCHOOL_REACHED_LIMITS, true));
    assertThat(verdict(noReport, "R-CRI-SBO.procedure")).contains(false);
    assertThat(verdict(noReport, "R-CRI-SBO.exclusions")).contains(true);
    assertThat(noReport.rules().get(0).explanation()).contains("without educationalReportPresent");
    EligibilityResult noLimits = evaluate("po-22-01", Scheme.SBO, Assessment.on(ASSESSED).withIq(80).with(Finding.EDUCATIONAL_REPORT_PRESENT, true));
    assertThat(verdict(noLimits, "R-CRI-SBO.procedure")).contains(false);
    assertThat(evaluate("po-22-01", Scheme.SBO, READY.withIq(110)).rules().get(0).explanation()).contains("matching profiles: none");
  }
}
