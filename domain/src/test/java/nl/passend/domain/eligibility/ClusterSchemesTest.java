package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static nl.passend.domain.eligibility.EligibilityFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterSchemesTest {

  private static Assessment zml(int iq, int ageAtAssessment, Boolean selfReliance, Boolean progress, Boolean exhausted, Boolean comorbid) {
    Assessment a = Assessment.on(ASSESSED).withDateOfBirth(ASSESSED.minusYears(ageAtAssessment).minusDays(10)).withIq(iq);
    if (selfReliance != null) {
      a = a.with(Finding.VERY_LOW_SELF_RELIANCE, selfReliance);
    }
    if (progress != null) {
      a = a.with(Finding.VERY_LIMITED_PROGRESS, progress);
    }
    if (exhausted != null) {
      a = a.with(Finding.REGULAR_SUPPORT_EXHAUSTED, exhausted);
    }
    if (comorbid != null) {
      a = a.with(Finding.COMORBID_DISORDER_IMPAIRING_LEARNING, comorbid);
    }
    return a;
  }

  @ParameterizedTest(name = "R-CRI-C3-ZML iq {0}, age {1}, selfReliance {2}, progress {3}, exhausted {4}, comorbid {5} -> {6}")
  @CsvSource(nullValues = "-", value = {
      // IQ below 55: ELIGIBLE on IQ alone, nothing else needed.
      "54, 10, -, -, -, -, ELIGIBLE",
      "30, 6, false, false, false, false, ELIGIBLE",
      // 55: the further evidence is needed.
      "55, 10, true, true, true, -, ELIGIBLE",
      "55, 10, true, false, true, -, NOT_ELIGIBLE",
      "55, 10, -, true, true, -, INSUFFICIENT_EVIDENCE",
      "69, 10, true, true, true, -, ELIGIBLE",
      // 70 and above: not ZML.
      "70, 10, true, true, true, true, NOT_ELIGIBLE",
      "70, 10, -, -, -, -, NOT_ELIGIBLE",
      // Younger than 8: a comorbid disorder is required from IQ 55.
      "60, 7, true, true, true, false, NOT_ELIGIBLE",
      "60, 7, true, true, true, true, ELIGIBLE",
      "60, 7, true, true, true, -, INSUFFICIENT_EVIDENCE",
      "60, 8, true, true, true, false, ELIGIBLE",
      "54, 7, -, -, -, false, ELIGIBLE"})
  void zmlCriteria(int iq, int age, Boolean selfReliance, Boolean progress, Boolean exhausted, Boolean comorbid, Outcome expected) {
    EligibilityResult result = evaluate("po-22-01", Scheme.ZML, zml(iq, age, selfReliance, progress, exhausted, comorbid));
    assertThat(result.outcome()).isEqualTo(expected);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-C3-ZML");
    assertThat(result.schoolType()).contains(SchoolType.SO);
  }

  @Test
  void zmlWithIqBelow55_isEligibleWithoutFurtherEvidence() {
    EligibilityResult result = evaluate("po-22-01", Scheme.ZML, Assessment.on(ASSESSED).withIq(50));
    assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(result.fundingCategory()).contains(FundingCategory.LOW);
    assertThat(result.schemeVersion()).isEqualTo("2016-03-30");
    assertThat(result.missing()).isEmpty();
  }

  @Test
  void zmlWithoutIqNamesTheIqAsMissing() {
    EligibilityResult result = evaluate("po-22-01", Scheme.ZML, Assessment.on(ASSESSED)
        .with(Finding.VERY_LOW_SELF_RELIANCE, true).with(Finding.VERY_LIMITED_PROGRESS, true).with(Finding.REGULAR_SUPPORT_EXHAUSTED, true));
    assertThat(result.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(result.missing()).contains("iq");
  }

  @Test
  void apiExampleIsEligible() {
    // API.md §Eligibility: IQ 62, born 2013-05-01, assessed 2025-03-01 (age 11).
    Assessment a = Assessment.on(LocalDate.of(2025, 3, 1)).withDateOfBirth(LocalDate.of(2013, 5, 1)).withIq(62)
        .withDomain(LearningDomain.ARITHMETIC, 60, 28).withDomain(LearningDomain.READING_COMPREHENSION, 60, 25)
        .with(Finding.VERY_LOW_SELF_RELIANCE, true).with(Finding.VERY_LIMITED_PROGRESS, true).with(Finding.REGULAR_SUPPORT_EXHAUSTED, true);
    EligibilityResult result = evaluate("po-22-01", Scheme.ZML, a);
    assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(result.fundingCategory()).contains(FundingCategory.LOW);
    assertThat(result.rules()).extracting(RuleOutcome::id).contains("R-CRI-C3-ZML");
  }

  @ParameterizedTest(name = "R-CRI-C3-MG second disability {0} -> {1}")
  @CsvSource({"true, ELIGIBLE", "false, NOT_ELIGIBLE"})
  void mgIsZmlPlusASecondDisability(boolean second, Outcome expected) {
    EligibilityResult result = evaluate("po-22-01", Scheme.MG, Assessment.on(ASSESSED).withIq(50).with(Finding.SECOND_DISABILITY_DIAGNOSED, second));
    assertThat(result.outcome()).isEqualTo(expected);
    if (expected == Outcome.ELIGIBLE) {
      assertThat(result.fundingCategory()).contains(FundingCategory.HIGH);
    }
  }

  @ParameterizedTest(name = "R-CRI-C3-{0} diagnosis {1}, delay {2}, selfReliance {3}, absence {4}, exhausted {5} -> {6}")
  @CsvSource(nullValues = "-", value = {
      "LZ, true, true, false, false, true, ELIGIBLE",
      "LZ, true, false, true, false, true, ELIGIBLE",
      "LZ, true, false, false, true, true, ELIGIBLE",
      "LZ, true, false, false, false, true, NOT_ELIGIBLE",
      "LZ, false, true, true, true, true, NOT_ELIGIBLE",
      "LZ, true, true, -, -, false, NOT_ELIGIBLE",
      "LG, true, -, -, -, true, INSUFFICIENT_EVIDENCE",
      "LG, true, -, true, -, true, ELIGIBLE",
      "LG, -, true, -, -, true, INSUFFICIENT_EVIDENCE"})
  void lzAndLgCriteria(Scheme scheme, Boolean diagnosis, Boolean delay, Boolean selfReliance, Boolean absence, Boolean exhausted, Outcome expected) {
    Assessment a = Assessment.on(ASSESSED);
    a = set(a, Finding.MEDICAL_DIAGNOSIS, diagnosis);
    a = set(a, Finding.LEARNING_DELAY, delay);
    a = set(a, Finding.VERY_LOW_SELF_RELIANCE, selfReliance);
    a = set(a, Finding.FREQUENT_ABSENCE, absence);
    a = set(a, Finding.REGULAR_SUPPORT_EXHAUSTED, exhausted);
    EligibilityResult result = evaluate("vo-22-01", scheme, a);
    assertThat(result.outcome()).isEqualTo(expected);
    assertThat(result.rules().get(0).id()).isEqualTo("R-CRI-C3-" + scheme);
    if (expected == Outcome.INSUFFICIENT_EVIDENCE) {
      assertThat(result.missing()).isNotEmpty();
    }
  }

  @Test
  void missingNamesOnlyFactsThatCouldChangeTheOutcome() {
    Assessment a = Assessment.on(ASSESSED).with(Finding.MEDICAL_DIAGNOSIS, true).with(Finding.REGULAR_SUPPORT_EXHAUSTED, true)
        .with(Finding.LEARNING_DELAY, false);
    EligibilityResult result = evaluate("po-22-01", Scheme.LZ, a);
    assertThat(result.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(result.missing()).containsExactlyInAnyOrder("veryLowSelfReliance", "frequentAbsence");
  }

  @Test
  void lgFundingCategoryDiffersBetweenPolicies_R_TLV_5() {
    Assessment a = Assessment.on(ASSESSED).with(Finding.MEDICAL_DIAGNOSIS, true).with(Finding.LEARNING_DELAY, true)
        .with(Finding.REGULAR_SUPPORT_EXHAUSTED, true);
    assertThat(evaluate("po-22-01", Scheme.LG, a).fundingCategory()).contains(FundingCategory.MEDIUM);
    assertThat(evaluate("vo-22-01", Scheme.LG, a).fundingCategory()).contains(FundingCategory.LOW);
    assertThat(evaluate("vo-22-01", Scheme.LG, a).schoolType()).contains(SchoolType.VSO);
  }

  @ParameterizedTest(name = "R-CRI-C4 problems {0}, link {1}, exhausted {2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "true, true, true, ELIGIBLE",
      "true, false, true, NOT_ELIGIBLE",
      "false, -, -, NOT_ELIGIBLE",
      "true, true, -, INSUFFICIENT_EVIDENCE"})
  void cluster4Criteria(Boolean problems, Boolean link, Boolean exhausted, Outcome expected) {
    Assessment a = Assessment.on(ASSESSED);
    a = set(a, Finding.SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS, problems);
    a = set(a, Finding.CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION, link);
    a = set(a, Finding.REGULAR_SUPPORT_EXHAUSTED, exhausted);
    assertThat(evaluate("po-22-01", Scheme.CLUSTER_4, a).outcome()).isEqualTo(expected);
    assertThat(evaluate("vo-22-01", Scheme.CLUSTER_4, a).outcome()).isEqualTo(expected);
  }

  static Assessment set(Assessment a, Finding f, Boolean value) {
    return value == null ? a : a.with(f, value);
  }
}
