package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static nl.passend.domain.eligibility.EligibilityFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProAndLwooSchemesTest {

  /** Learning results at DL 60: arithmetic, reading comprehension, technical reading, spelling. */
  private static Assessment results(Assessment a, int arithmetic, int comprehension, int technical, int spelling) {
    return a.withDomain(LearningDomain.ARITHMETIC, 60, arithmetic)
        .withDomain(LearningDomain.READING_COMPREHENSION, 60, comprehension)
        .withDomain(LearningDomain.TECHNICAL_READING, 60, technical)
        .withDomain(LearningDomain.SPELLING, 60, spelling);
  }

  @ParameterizedTest(name = "R-CRI-PRO vo-22-01 iq {0}, dle {1}/{2}/{3}/{4} -> {5}")
  @CsvSource({
      // Delay of exactly 50% (DLE 30 at DL 60) counts.
      "60, 30, 30, 60, 60, ELIGIBLE",
      "60, 31, 30, 60, 60, NOT_ELIGIBLE",
      // Two counting domains, but neither a key domain.
      "60, 60, 60, 20, 20, NOT_ELIGIBLE",
      "60, 20, 60, 20, 60, ELIGIBLE",
      // IQ bounds 55-80.
      "54, 20, 20, 20, 20, NOT_ELIGIBLE",
      "55, 20, 20, 20, 20, ELIGIBLE",
      "74, 20, 20, 20, 20, ELIGIBLE",
      // Transition zone 75-80: the committee weighs.
      "75, 20, 20, 20, 20, JUDGEMENT_REQUIRED",
      "80, 20, 20, 20, 20, JUDGEMENT_REQUIRED",
      // Mixed profile (art. 15d lid 6, SPEC version 2): the PrO delays hold and the IQ meets the LWOO IQ
      // criterion (75-90): the committee weighs. Version 1 applied the LWOO criteria to both factors and
      // said NOT_ELIGIBLE here.
      "81, 20, 20, 20, 20, JUDGEMENT_REQUIRED",
      "90, 20, 20, 20, 20, JUDGEMENT_REQUIRED",
      // IQ 91 meets the LWOO IQ criterion only with social-emotional problems, which are not given.
      "91, 20, 20, 20, 20, INSUFFICIENT_EVIDENCE",
      "121, 20, 20, 20, 20, NOT_ELIGIBLE",
      // IQ 78 in the band but delays of 25-50% only: the LWOO delays hold, so the committee weighs.
      "78, 40, 40, 60, 60, JUDGEMENT_REQUIRED",
      // IQ 60 (PrO IQ) with 33% delays (LWOO delays): the issue's example; version 1 said NOT_ELIGIBLE.
      "60, 40, 40, 60, 60, JUDGEMENT_REQUIRED",
      // Delays of exactly 25% (DLE 45) are LWOO delays; 23% (DLE 46) are none.
      "60, 45, 45, 60, 60, JUDGEMENT_REQUIRED",
      "60, 46, 46, 60, 60, NOT_ELIGIBLE",
      // Neither PrO criterion holds: LWOO on both factors is LWOO, not PrO.
      "85, 40, 40, 60, 60, NOT_ELIGIBLE",
      "54, 40, 40, 60, 60, NOT_ELIGIBLE"})
  void vo2201Pro(int iq, int arithmetic, int comprehension, int technical, int spelling, Outcome expected) {
    EligibilityResult result = evaluate("vo-22-01", Scheme.PRO, results(Assessment.on(ASSESSED).withIq(iq), arithmetic, comprehension, technical, spelling));
    assertThat(result.outcome()).isEqualTo(expected);
    assertThat(result.schoolType()).contains(SchoolType.PRO);
    assertThat(result.fundingCategory()).isEmpty();
  }

  @ParameterizedTest(name = "R-CRI-PRO vo-31-02 iq {0}, dl {1}, dle {2}/{3} -> {4}")
  @CsvSource({
      // SPEC version 2: the statutory delay of at least 50% decides at any DL (version 1 compared DLE < 30).
      "55, 60, 29, 29, ELIGIBLE",
      "55, 60, 30, 30, ELIGIBLE",
      "55, 60, 31, 30, NOT_ELIGIBLE",
      "54, 60, 29, 29, NOT_ELIGIBLE",
      "80, 60, 29, 20, ELIGIBLE",
      "81, 60, 29, 29, NOT_ELIGIBLE",
      // DL 70: 50% is DLE 35; the raw "DLE < 30" would have refused DLE 31-35.
      "60, 70, 35, 35, ELIGIBLE",
      "60, 70, 36, 35, NOT_ELIGIBLE",
      // DL 55: 50% lies between DLE 27 (50.9%) and 28 (49.1%).
      "60, 55, 27, 27, ELIGIBLE",
      "60, 55, 28, 27, NOT_ELIGIBLE",
      // No transition zone and no mixed route in vo-31-02.
      "78, 60, 20, 20, ELIGIBLE",
      "60, 60, 40, 40, NOT_ELIGIBLE"})
  void vo3102Pro(int iq, int dl, int arithmetic, int comprehension, Outcome expected) {
    Assessment a = Assessment.on(ASSESSED).withIq(iq).withDomain(LearningDomain.ARITHMETIC, dl, arithmetic)
        .withDomain(LearningDomain.READING_COMPREHENSION, dl, comprehension)
        .withDomain(LearningDomain.TECHNICAL_READING, dl, dl).withDomain(LearningDomain.SPELLING, dl, dl);
    assertThat(evaluate("vo-31-02", Scheme.PRO, a).outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "R-CRI-LWOO vo-31-02 (2020) dl {0}, dle {1}/{2} -> {3}")
  @CsvSource({
      // SPEC version 2: the statutory delays of 25% up to 50% decide at any DL (version 1 compared DLE 30-45).
      // DL 60: DLE 31-45; DLE 30 is a 50% delay, which is PrO's.
      "60, 31, 31, ELIGIBLE",
      "60, 30, 31, NOT_ELIGIBLE",
      "60, 45, 45, ELIGIBLE",
      "60, 46, 45, NOT_ELIGIBLE",
      // DL 55 (measured in group 8): DLE 42 is a 24% delay, the issue's example; DLE 41 is 25.5%.
      "55, 42, 42, NOT_ELIGIBLE",
      "55, 41, 41, ELIGIBLE",
      "55, 28, 28, ELIGIBLE",
      "55, 27, 28, NOT_ELIGIBLE",
      // DL 70: 25% lies between DLE 52 (25.7%) and 53 (24.3%); 50% is DLE 35.
      "70, 52, 52, ELIGIBLE",
      "70, 53, 52, NOT_ELIGIBLE",
      "70, 36, 36, ELIGIBLE",
      "70, 35, 36, NOT_ELIGIBLE"})
  void vo3102LwooFrom2020HasNoIqCriterion(int dl, int arithmetic, int comprehension, Outcome expected) {
    Assessment a = Assessment.on(ASSESSED).withDomain(LearningDomain.ARITHMETIC, dl, arithmetic)
        .withDomain(LearningDomain.READING_COMPREHENSION, dl, comprehension)
        .withDomain(LearningDomain.TECHNICAL_READING, dl, dl).withDomain(LearningDomain.SPELLING, dl, dl);
    EligibilityResult result = evaluate("vo-31-02", Scheme.LWOO, a);
    assertThat(result.outcome()).isEqualTo(expected);
    assertThat(result.schemeVersion()).isEqualTo("2020-01-01");
    assertThat(result.schoolType()).isEmpty();
  }

  @ParameterizedTest(name = "R-CRI-LWOO vo-31-02 assessed {0}: version {1}, outcome {2}")
  @CsvSource({
      // The day the own scheme takes effect: no IQ needed any more.
      "2020-01-01, 2020-01-01, ELIGIBLE",
      // The day before: the national criteria, which need an IQ of 75-90 (here 70).
      "2019-12-31, 2019-08-01, NOT_ELIGIBLE"})
  void vo3102LwooIsEffectiveDated(LocalDate assessed, String version, Outcome expected) {
    EligibilityResult result = evaluate("vo-31-02", Scheme.LWOO, results(Assessment.on(assessed).withIq(70), 40, 40, 60, 60));
    assertThat(result.schemeVersion()).isEqualTo(version);
    assertThat(result.outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "R-CRI-LWOO vo-31-02 assessed 2019-11-15, decided {0}: version {1}, outcome {2}")
  @CsvSource({
      // SPEC version 2: the version in force on the decision date applies, not that of the assessment date.
      "2020-01-01, 2020-01-01, ELIGIBLE",
      "2020-01-02, 2020-01-01, ELIGIBLE",
      "2019-12-31, 2019-08-01, NOT_ELIGIBLE"})
  void theDecisionDatePicksTheVersion(LocalDate decided, String version, Outcome expected) {
    Assessment a = results(Assessment.on(LocalDate.of(2019, 11, 15)).withIq(70), 40, 40, 60, 60).withDecisionDate(decided);
    EligibilityResult result = evaluate("vo-31-02", Scheme.LWOO, a);
    assertThat(result.schemeVersion()).isEqualTo(version);
    assertThat(result.outcome()).isEqualTo(expected);
  }

  @Test
  void theMixedRouteIsExplainedRuleByRule_R_CRI_PRO() {
    EligibilityResult result = evaluate("vo-22-01", Scheme.PRO, results(Assessment.on(ASSESSED).withIq(60), 40, 40, 60, 60));
    assertThat(result.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(result.rules()).extracting(RuleOutcome::id, RuleOutcome::holds).containsExactly(
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO", java.util.Optional.empty()),
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO.iq", java.util.Optional.of(true)),
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO.delays", java.util.Optional.of(false)),
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO.transition-zone", java.util.Optional.of(false)),
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO.mixed-lwoo-delays", java.util.Optional.of(true)),
        org.assertj.core.groups.Tuple.tuple("R-CRI-PRO.mixed-lwoo-iq", java.util.Optional.of(false)));
  }

  @ParameterizedTest(name = "R-CRI-LWOO national iq {0}, dle {1}/{2}, socialEmotional {3} -> {4}")
  @CsvSource(nullValues = "-", value = {
      "75, 45, 45, -, ELIGIBLE",
      "74, 45, 45, -, NOT_ELIGIBLE",
      "90, 30, 45, -, NOT_ELIGIBLE",
      "90, 31, 45, -, ELIGIBLE",
      "91, 45, 45, false, NOT_ELIGIBLE",
      "91, 45, 45, true, ELIGIBLE",
      "120, 45, 45, true, ELIGIBLE",
      "121, 45, 45, true, NOT_ELIGIBLE",
      "91, 45, 45, -, INSUFFICIENT_EVIDENCE",
      "80, 46, 45, -, NOT_ELIGIBLE"})
  void nationalLwoo(int iq, int arithmetic, int comprehension, Boolean socialEmotional, Outcome expected) {
    Assessment a = results(Assessment.on(ASSESSED).withIq(iq), arithmetic, comprehension, 60, 60);
    if (socialEmotional != null) {
      a = a.with(Finding.SOCIAL_EMOTIONAL_PROBLEMS, socialEmotional);
    }
    EligibilityResult result = evaluate("vo-22-01", Scheme.LWOO, a);
    assertThat(result.outcome()).isEqualTo(expected);
    if (expected == Outcome.INSUFFICIENT_EVIDENCE) {
      assertThat(result.missing()).containsExactly("socialEmotionalProblems");
    }
  }

  @Test
  void unknownDomainIsNamedWhenItCouldDecide() {
    Assessment a = Assessment.on(ASSESSED).withIq(60)
        .withDomain(LearningDomain.ARITHMETIC, 60, 20).withDomain(LearningDomain.TECHNICAL_READING, 60, 60)
        .withDomain(LearningDomain.SPELLING, 60, 60);
    EligibilityResult result = evaluate("vo-22-01", Scheme.PRO, a);
    assertThat(result.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(result.missing()).containsExactly("domains.READING_COMPREHENSION");
  }

  @Test
  void vo3102VsoNeedsBothAnalysisAndCascade_R_CRI_VSO() {
    Assessment both = Assessment.on(ASSESSED).with(Finding.INTEGRATED_PROBLEM_ANALYSIS, true).with(Finding.CASCADE_MODEL_FOLLOWED, true);
    assertThat(evaluate("vo-31-02", Scheme.VSO, both).outcome()).isEqualTo(Outcome.ELIGIBLE);
    EligibilityResult one = evaluate("vo-31-02", Scheme.VSO, both.with(Finding.CASCADE_MODEL_FOLLOWED, false));
    assertThat(one.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(one.rules()).filteredOn(r -> r.id().equals("R-CRI-VSO.B")).singleElement()
        .satisfies(r -> assertThat(r.holds()).contains(false));
    assertThat(evaluate("vo-31-02", Scheme.VSO, Assessment.on(ASSESSED).with(Finding.INTEGRATED_PROBLEM_ANALYSIS, true)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @ParameterizedTest(name = "R-CRI-PRO vo-zo-drenthe iq {0}, dle {1} -> {2}")
  @CsvSource({
      // SPEC version 2: the PrO criteria are statutory, so vo-zo-drenthe decides them (version 1: always a judgement).
      "110, 60, NOT_ELIGIBLE",
      "60, 20, ELIGIBLE",
      "78, 20, JUDGEMENT_REQUIRED",
      "60, 40, JUDGEMENT_REQUIRED"})
  void voZoDrentheUsesTheStatutoryProScheme(int iq, int dle, Outcome expected) {
    assertThat(evaluate("vo-zo-drenthe", Scheme.PRO, results(Assessment.on(ASSESSED).withIq(iq), dle, dle, 60, 60)).outcome())
        .isEqualTo(expected);
  }

  @Test
  void voZoDrentheUsesTheNationalLwooSchemeAndWeighsVso() {
    assertThat(evaluate("vo-zo-drenthe", Scheme.LWOO, results(Assessment.on(ASSESSED).withIq(80), 40, 40, 60, 60)).outcome())
        .isEqualTo(Outcome.ELIGIBLE);
    assertThat(evaluate("vo-zo-drenthe", Scheme.LWOO, results(Assessment.on(ASSESSED).withIq(70), 40, 40, 60, 60)).outcome())
        .isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(evaluate("vo-zo-drenthe", Scheme.VSO, Assessment.on(ASSESSED)).outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
  }

  @Test
  void policiesHaveTheSchemesOfTheIssue() {
    assertThat(EligibilityFixtures.policy("po-22-01").eligibility().schemes())
        .containsExactlyInAnyOrder(Scheme.SBO, Scheme.ZML, Scheme.LZ, Scheme.LG, Scheme.MG, Scheme.CLUSTER_4);
    assertThat(EligibilityFixtures.policy("vo-22-01").eligibility().schemes())
        .containsExactlyInAnyOrder(Scheme.ZML, Scheme.LZ, Scheme.LG, Scheme.MG, Scheme.CLUSTER_4, Scheme.PRO, Scheme.LWOO);
    assertThat(EligibilityFixtures.policy("vo-31-02").eligibility().schemes())
        .containsExactlyInAnyOrder(Scheme.PRO, Scheme.LWOO, Scheme.VSO);
    assertThat(EligibilityFixtures.policy("vo-zo-drenthe").eligibility().schemes())
        .containsExactlyInAnyOrder(Scheme.VSO, Scheme.PRO, Scheme.LWOO);
  }
}
