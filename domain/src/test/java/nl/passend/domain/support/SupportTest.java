package nl.passend.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportTest {
  private static final BrinCode SCHOOL = BrinCode.of("17GT02");
  private static final StudentId STUDENT = StudentId.of("s-1");

  private static PartnershipPolicy policy(String id) {
    return SeedPolicies.find(nl.passend.domain.organisation.PolicyId.of(id)).orElseThrow();
  }

  @Test
  void levelsAreOrdered_R_SUP_1() {
    assertThat(SupportLevel.values()).containsExactly(
        SupportLevel.BASIC, SupportLevel.EXTRA_IN_SCHOOL, SupportLevel.ARRANGEMENT, SupportLevel.SPECIAL_SCHOOL);
    assertThat(SupportLevel.BASIC.up()).contains(SupportLevel.EXTRA_IN_SCHOOL);
    assertThat(SupportLevel.SPECIAL_SCHOOL.up()).isEmpty();
    assertThat(SupportLevel.BASIC.down()).isEmpty();
  }

  @Test
  void movingToASpecialSchoolNeedsAStatement_R_SUP_1() {
    SupportMove move = SupportLevel.ARRANGEMENT.moveTo(SupportLevel.SPECIAL_SCHOOL);
    assertThat(move.isUp()).isTrue();
    assertThat(move.requirements()).contains(
        SupportMove.Requirement.ADMISSIBILITY_STATEMENT,
        SupportMove.Requirement.SCHOOL_REACHED_LIMITS,
        SupportMove.Requirement.DEVELOPMENT_PLAN);
  }

  @Test
  void movingBeyondBasicNeedsADevelopmentPlan_R_SUP_1_R_OPP_1() {
    assertThat(SupportLevel.BASIC.moveTo(SupportLevel.EXTRA_IN_SCHOOL).requires(SupportMove.Requirement.DEVELOPMENT_PLAN)).isTrue();
    assertThat(SupportLevel.EXTRA_IN_SCHOOL.moveTo(SupportLevel.ARRANGEMENT).requires(SupportMove.Requirement.PARTNERSHIP_ARRANGEMENT)).isTrue();
    assertThat(SupportLevel.EXTRA_IN_SCHOOL.moveTo(SupportLevel.BASIC).requires(SupportMove.Requirement.DEVELOPMENT_PLAN)).isFalse();
  }

  @Test
  void movingBackFromASpecialSchoolNeedsAReturnPlan_R_SUP_1() {
    SupportMove back = SupportLevel.SPECIAL_SCHOOL.moveTo(SupportLevel.ARRANGEMENT);
    assertThat(back.isUp()).isFalse();
    assertThat(back.requirements()).contains(SupportMove.Requirement.RETURN_PLAN, SupportMove.Requirement.PLAN_EVALUATION);
    assertThatThrownBy(() -> SupportLevel.BASIC.moveTo(SupportLevel.BASIC)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void vo3102GrantsNoIndividualArrangements_R_SUP_2() {
    ArrangementRules rules = policy("vo-31-02").arrangements();
    assertThatThrownBy(() -> Arrangement.grant(rules, STUDENT, SCHOOL, ArrangementType.CUSTOM,
        LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 31), Optional.empty(), Optional.of(100_000L)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("R-SUP-2");
  }

  @Test
  void vo3102GrantsAmbulatoryGuidanceInHoursNotMoney_R_SUP_2() {
    ArrangementRules rules = policy("vo-31-02").arrangements();
    assertThatThrownBy(() -> Arrangement.grant(rules, STUDENT, SCHOOL, ArrangementType.AMBULATORY_GUIDANCE,
        LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 31), Optional.empty(), Optional.of(100_000L)))
        .isInstanceOf(RuleViolationException.class);
    Arrangement ab = Arrangement.grant(rules, STUDENT, SCHOOL, ArrangementType.AMBULATORY_GUIDANCE,
        LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 31), Optional.of(40), Optional.empty());
    assertThat(ab.hours()).contains(40);
  }

  @ParameterizedTest(name = "R-SUP-5 start {0}, end {1}: review due {2}")
  @CsvSource({
      "2024-09-01, 2025-07-31, 2025-03-01",
      "2024-09-01, 2024-12-31, 2024-12-31",
      "2024-08-31, 2025-07-31, 2025-02-28"})
  void reviewIsDueAfterSixMonthsOrAtTheEnd(LocalDate start, LocalDate end, LocalDate due) {
    Arrangement arrangement = Arrangement.grant(ArrangementRules.defaults(), STUDENT, SCHOOL, ArrangementType.REBOUND,
        start, end, Optional.empty(), Optional.of(250_000L));
    assertThat(arrangement.reviewDue()).isEqualTo(due);
    assertThat(arrangement.isReviewOverdue(due)).isFalse();
    assertThat(arrangement.isReviewOverdue(due.plusDays(1))).isEqualTo(due.isBefore(end));
  }

  @Test
  void arrangementEndingBeforeItStartsIsRejected_R_SUP_5() {
    assertThatThrownBy(() -> Arrangement.grant(ArrangementRules.defaults(), STUDENT, SCHOOL, ArrangementType.REBOUND,
        LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 1), Optional.empty(), Optional.of(1L)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("end")
        .hasMessageContaining("before its start");
  }

  @Test
  void reviewAfterMoreThanTwelveMonthsIsNotAPolicy_R_SUP_5() {
    assertThatThrownBy(() -> new ArrangementRules(Set.of(ArrangementType.REBOUND), false, 13, Optional.empty(), 2))
        .hasMessageContaining("arrangementReviewMonths");
  }

  @Test
  void synthesisClassHoldsTwelve_R_SUP_2() {
    SynthesisClass klas = SynthesisClass.open(SCHOOL, policy("vo-31-02").arrangements());
    assertThat(klas.capacity()).isEqualTo(12);
    LocalDate start = LocalDate.of(2024, 8, 20);
    for (int i = 1; i <= 12; i++) {
      klas = klas.place(StudentId.of("s-" + i), start);
    }
    assertThat(klas.freePlacesOn(start)).isZero();
    SynthesisClass full = klas;
    assertThatThrownBy(() -> full.place(StudentId.of("s-13"), start))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("full");
    SynthesisClass afterReturn = full.returned(StudentId.of("s-1"), LocalDate.of(2025, 1, 6));
    assertThat(afterReturn.place(StudentId.of("s-13"), LocalDate.of(2025, 1, 6)).occupiedOn(LocalDate.of(2025, 1, 6))).isEqualTo(12);
  }

  @Test
  void synthesisClassTargetsReturnWithinTwoYears_R_SUP_2() {
    SynthesisClass klas = SynthesisClass.open(SCHOOL, policy("vo-31-02").arrangements())
        .place(STUDENT, LocalDate.of(2023, 8, 21));
    assertThat(klas.pastReturnTarget(LocalDate.of(2025, 8, 21))).isEmpty();
    assertThat(klas.pastReturnTarget(LocalDate.of(2025, 8, 22))).containsExactly(STUDENT);
    assertThatThrownBy(() -> SynthesisClass.open(SCHOOL, policy("po-22-01").arrangements()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void basicSupportCataloguesHaveEightAndSevenItems_R_SUP_3() {
    assertThat(BasicSupportCatalogues.VO_31_02.standards()).hasSize(8);
    assertThat(BasicSupportCatalogues.VO_ZO_DRENTHE.standards()).hasSize(7);
    assertThat(policy("vo-31-02").basicSupportCatalogue()).contains(BasicSupportCatalogues.VO_31_02);
    assertThat(policy("vo-zo-drenthe").basicSupportCatalogue()).contains(BasicSupportCatalogues.VO_ZO_DRENTHE);
  }

  @Test
  void supportProfileStatesWhichStandardsItMeets_R_SUP_3() {
    SupportProfile profile = new SupportProfile(SCHOOL, BasicSupportCatalogues.VO_31_02,
        Set.of("VO3102-1", "VO3102-2"), List.of("NT2 support"), LocalDate.of(2024, 6, 1));
    assertThat(profile.meetsBasicSupport()).isFalse();
    assertThat(profile.unmetStandards()).hasSize(6);
    assertThatThrownBy(() -> new SupportProfile(SCHOOL, BasicSupportCatalogues.VO_31_02,
        Set.of("ZOD-1"), List.of(), LocalDate.of(2024, 6, 1)))
        .hasMessageContaining("standardsMet");
  }

  @Test
  void supportProfileReviewIsYearlyInVo3102_R_SUP_3() {
    SupportProfile profile = new SupportProfile(SCHOOL, BasicSupportCatalogues.VO_31_02,
        BasicSupportCatalogues.VO_31_02.codes(), List.of(), LocalDate.of(2024, 6, 1));
    SupportProfileReview rule = policy("vo-31-02").supportProfileReview();
    assertThat(profile.reviewDueOn(rule)).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(profile.isReviewOverdue(LocalDate.of(2025, 6, 1), rule)).isFalse();
    assertThat(profile.isReviewOverdue(LocalDate.of(2025, 6, 2), rule)).isTrue();
    assertThat(profile.reviewDueOn(SupportProfileReview.LEGAL)).isEqualTo(LocalDate.of(2028, 6, 1));
  }

  @Test
  void supportProfileReviewIsBeforeFirstAugustEachYearInVo2201_R_SUP_3() {
    SupportProfileReview rule = policy("vo-22-01").supportProfileReview();
    assertThat(rule.dueBefore()).contains(MonthDay.of(Month.AUGUST, 1));
    // Reviewed in June 2024 for 2024-2025: the next is due before 1 August 2025.
    assertThat(rule.nextDueOn(LocalDate.of(2024, 6, 1))).isEqualTo(LocalDate.of(2025, 7, 31));
    // Reviewed late, in September 2024: it counts for the year up to 1 August 2025, the next one for 2026.
    assertThat(rule.nextDueOn(LocalDate.of(2024, 9, 15))).isEqualTo(LocalDate.of(2026, 7, 31));
  }

  @Test
  void reboundTargetOfFivePercent_R_SUP_4() {
    BigDecimal max = policy("vo-22-01").maxReboundPercent().orElseThrow();
    assertThat(Rebound.withinTarget(50, 1000, max)).isTrue();
    assertThat(Rebound.withinTarget(51, 1000, max)).isFalse();
    assertThat(Rebound.sharePercent(51, 1000, 1)).isEqualByComparingTo("5.1");
    assertThatThrownBy(() -> Rebound.withinTarget(1, 0, max)).hasMessageContaining("schoolStudents");
  }
}
