package nl.passend.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.support.SupportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevelopmentPlanTest {
  private static final StudentId STUDENT = StudentId.of("s-1");
  private static final BrinCode SCHOOL = BrinCode.of("99AA00");

  @ParameterizedTest(name = "R-OPP-1 {0} at {1}: required {2}")
  @CsvSource({
      "BASIC, BO, false",
      "BASIC, VO, false",
      "EXTRA_IN_SCHOOL, VO, true",
      "ARRANGEMENT, BO, true",
      "BASIC, SO, true",
      "BASIC, VSO, true",
      "BASIC, PRO, true",
      "SPECIAL_SCHOOL, SBO, true"})
  void requiredBeyondBasicSupportAndInSpecialSchools(SupportLevel level, SchoolType type, boolean required) {
    assertThat(DevelopmentPlanRules.isRequired(level, type)).isEqualTo(required);
  }

  @Test
  void requiredBeforeReferralToVso_R_OPP_2() {
    assertThat(DevelopmentPlanRules.requiredBeforeReferralTo(SchoolType.VSO)).isTrue();
    assertThat(DevelopmentPlanRules.requiredBeforeReferralTo(SchoolType.SBO)).isFalse();
  }

  @Test
  void dueSixWeeksAfterPlacement_R_OPP_3() {
    assertThat(DevelopmentPlanRules.defaults().dueAfterPlacement(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 4, 14));
  }

  @Test
  void evaluatedAtLeastYearly_R_OPP_4() {
    DevelopmentPlan plan = DevelopmentPlan.drawUp(STUDENT, SCHOOL, LocalDate.of(2024, 10, 1), ExitDestination.WORK);
    DevelopmentPlanRules rules = DevelopmentPlanRules.defaults();
    assertThat(plan.nextEvaluationDue(rules)).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(plan.isEvaluationOverdue(LocalDate.of(2025, 10, 2), rules)).isTrue();
    DevelopmentPlan evaluated = plan.evaluated(LocalDate.of(2025, 9, 15));
    assertThat(evaluated.nextEvaluationDue(rules)).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThatThrownBy(() -> evaluated.evaluated(LocalDate.of(2025, 1, 1))).hasMessageContaining("evaluations");
    assertThatThrownBy(() -> new DevelopmentPlanRules(6, 13)).hasMessageContaining("at least once a year");
  }

  @Test
  void recordsExitDestinationConsentAndHearing_R_OPP_4() {
    DevelopmentPlan before2017 = DevelopmentPlan.drawUp(STUDENT, SCHOOL, LocalDate.of(2016, 9, 1), ExitDestination.FURTHER_EDUCATION);
    assertThat(before2017.gaps()).isEmpty();
    DevelopmentPlan plan2024 = DevelopmentPlan.drawUp(STUDENT, SCHOOL, LocalDate.of(2024, 9, 1), null);
    assertThat(plan2024.gaps()).containsExactly(DevelopmentPlan.Gap.EXIT_DESTINATION, DevelopmentPlan.Gap.GUARDIANS_CONSENT);
    DevelopmentPlan complete = plan2024.withExitDestination(ExitDestination.DAY_ACTIVITIES).withGuardiansConsent(LocalDate.of(2024, 9, 10));
    assertThat(complete.isComplete()).isTrue();
    // From 1 August 2025 the student must have been heard as well.
    assertThat(complete.evaluated(LocalDate.of(2025, 9, 1)).gaps()).containsExactly(DevelopmentPlan.Gap.STUDENT_HEARD);
    assertThat(complete.evaluated(LocalDate.of(2025, 9, 1)).withStudentHeard(LocalDate.of(2025, 9, 1)).isComplete()).isTrue();
  }
}
