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
      // IQ 81: only the delays hold; no LWOO (delays >= 50% are not LWOO delays): not eligible.
      "81, 20, 20, 20, 20, NOT_ELIGIBLE",
      // IQ 78 in the band but delays of 25-50% only: the LWOO criteria hold, so the committee weighs.
      "78, 40, 40, 60, 60, JUDGEMENT_REQUIRED",
      // IQ 60 with LWOO-sized delays: IQ criterion holds, LWOO does not (IQ below 75): not eligible.
      "60, 40, 40, 60, 60, NOT_ELIGIBLE"})
  void vo2201Pro(int iq, int arithmetic, int comprehension, int technical, int spelling, Outcome expected) {
    EligibilityResult result = evaluate("vo-22-01", Scheme.PRO, results(Assessment.on(ASSESSED).withIq(iq), arithmetic, comprehension, technical, spelling));
    assertThat(result.outcome()).isEqualTo(expected);
    assertThat(result.schoolType()).contains(SchoolType.PRO);
    assertThat(result.fundingCategory()).isEmpty();
  }

  @ParameterizedTest(name = "R-CRI-PRO vo-31-02 iq {0}, dle {1}/{2}/{3}/{4} -> {5}")
  @CsvSource({
      "55, 29, 29, 60, 60, ELIGIBLE",
      "55, 30, 29, 60, 60, NOT_ELIGIBLE",
      "54, 29, 29, 60, 60, NOT_ELIGIBLE",
      "80, 29, 60, 29, 60, ELIGIBLE",
      "81, 29, 29, 29, 29, NOT_ELIGIBLE",
      "78, 20, 20, 20, 20, ELIGIBLE"})
  void vo3102Pro(int iq, int arithmetic, int comprehension, int technical, int spelling, Outcome expected) {
    assertThat(evaluate("vo-31-02", Scheme.PRO, results(Assessment.on(ASSESSED).withIq(iq), arithmetic, comprehension, technical, spelling)).outcome())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "R-CRI-LWOO vo-31-02 (2020) dle {0}/{1}/{2}/{3} -> {4}")
  @CsvSource({
      "30, 30, 60, 60, ELIGIBLE",
      "29, 30, 60, 60, NOT_ELIGIBLE",
      "45, 45, 60, 60, ELIGIBLE",
      "46, 45, 60, 60, NOT_ELIGIBLE",
      "60, 60, 35, 35, NOT_ELIGIBLE",
      "35, 60, 35, 60, ELIGIBLE"})
  void vo3102LwooFrom2020HasNoIqCriterion(int arithmetic, int comprehension, int technical, int spelling, Outcome expected) {
    EligibilityResult result = evaluate("vo-31-02", Scheme.LWOO, results(Assessment.on(ASSESSED), arithmetic, comprehension, technical, spelling));
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

  @Test
  void voZoDrentheAlwaysLeavesItToTheCommittee() {
    Assessment a = results(Assessment.on(ASSESSED).withIq(60), 20, 20, 20, 20);
    EligibilityResult pro = evaluate("vo-zo-drenthe", Scheme.PRO, a);
    assertThat(pro.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(pro.rules()).extracting(RuleOutcome::id).contains("R-CRI-PRO-JUDGEMENT.iq", "R-CRI-PRO-JUDGEMENT.delays");
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
        .containsExactlyInAnyOrder(Scheme.VSO, Scheme.PRO);
  }
}
