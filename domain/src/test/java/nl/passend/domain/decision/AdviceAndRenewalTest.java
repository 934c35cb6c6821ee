package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.PartnershipPolicy;
import org.junit.jupiter.api.Test;

/** R-DL-3 (the advice step of vo-22-01) and R-TLV-11 (renewals; vo-31-02 durations by exit destination). */
class AdviceAndRenewalTest {
  private static final LocalDate RECEIVED = DecisionFixtures.RECEIVED;
  private static final GrantTerms TWO_YEARS = new GrantTerms(LocalDate.of(2025, 10, 1), Optional.of(LocalDate.of(2027, 7, 31)),
      Optional.empty(), Optional.empty());

  private static AdmissibilityApplication underAssessment(PartnershipPolicy policy, Optional<Long> renews) {
    AdmissibilityApplication a = AdmissibilityApplication.submit(ApplicationId.of("a"), policy, PartnershipId.of("acc-po"),
        DecisionFixtures.enrolledAt("s-1", DecisionFixtures.SCHOOL, SchoolType.VO), Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.VSO,
        Optional.of(SpecialNeedsType.CLUSTER_4), false, renews, RECEIVED, "staff");
    return DecisionFixtures.complete(a, Optional.empty()).acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED.plusDays(1), "");
  }

  @Test
  void vo2201DecidesOnlyAfterTheCommitteesAdvice_R_DL_3() {
    AdmissibilityApplication a = underAssessment(DecisionFixtures.VO, Optional.empty());
    assertThatThrownBy(() -> a.grant(DecisionFixtures.VO, 1, "director", RECEIVED.plusDays(20), "", TWO_YEARS))
        .isInstanceOfSatisfying(TransitionRejectedException.class, e -> assertThat(e.ruleId()).isEqualTo("R-DL-3"));
    AdmissibilityApplication hearing = a.scheduleHearing("c", RECEIVED.plusDays(5), "");
    assertThatThrownBy(() -> hearing.refuse(DecisionFixtures.VO, "director", RECEIVED.plusDays(20), "")).hasMessageContaining("R-DL-3");
    assertThatThrownBy(() -> hearing.notConsider(DecisionFixtures.VO, "director", RECEIVED.plusDays(20), "")).hasMessageContaining("R-DL-3");
    AdmissibilityApplication advised = a.advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED.plusDays(21), "criteria met");
    assertThat(advised.state()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(advised.advice()).hasValueSatisfying(v -> {
      assertThat(v.advice()).isEqualTo(CommitteeAdvice.Outcome.GRANT);
      assertThat(v.on()).isEqualTo(RECEIVED.plusDays(21));
    });
    assertThatThrownBy(() -> advised.advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.REFUSE, "cva", RECEIVED.plusDays(22), ""))
        .hasMessageContaining("advised already");
    assertThat(advised.grant(DecisionFixtures.VO, 1, "director", RECEIVED.plusDays(24), "", TWO_YEARS).state()).isEqualTo(ApplicationState.GRANTED);
  }

  @Test
  void theDirectorsWeekRunsFromTheAdvice_R_DL_3() {
    DeadlineCalculator calculator = new DeadlineCalculator(DecisionFixtures.VO.deadlines(), SchoolCalendar.none());
    AdmissibilityApplication a = underAssessment(DecisionFixtures.VO, Optional.empty());
    assertThat(a.deadlines(calculator).get("decideBy")).isEqualTo(a.deadlines(calculator).get("adviceBy").plusWeeks(1));
    LocalDate advisedOn = RECEIVED.plusDays(10);
    AdmissibilityApplication advised = a.advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.REFUSE, "cva", advisedOn, "");
    assertThat(advised.deadlines(calculator).get("decideBy")).isEqualTo(advisedOn.plusWeeks(1));
  }

  @Test
  void policiesWithoutAnAdviceStepHaveNoAdvise_R_DL_3() {
    AdmissibilityApplication po = DecisionFixtures.underAssessment();
    assertThatThrownBy(() -> po.advise(DecisionFixtures.PO, CommitteeAdvice.Outcome.GRANT, "c", RECEIVED.plusDays(10), ""))
        .isInstanceOfSatisfying(TransitionRejectedException.class, e -> assertThat(e.ruleId()).isEqualTo("R-DL-3"));
    assertThatThrownBy(() -> DecisionFixtures.submitted(SchoolType.SO, Optional.of(SpecialNeedsType.LG))
        .advise(DecisionFixtures.PO, CommitteeAdvice.Outcome.GRANT, "c", RECEIVED, "")).isInstanceOf(TransitionRejectedException.class);
  }

  @Test
  void aRenewalStartsTheDayAfterTheOldStatementEnds_R_TLV_11() {
    AdmissibilityStatement old = new AdmissibilityStatement(7, PartnershipId.of("acc-po"), nl.passend.domain.student.StudentId.of("s-1"),
        SchoolType.VSO, Optional.of(SpecialNeedsType.CLUSTER_4), Optional.of(FundingCategory.LOW), Optional.empty(), LocalDate.of(2024, 5, 1),
        LocalDate.of(2024, 8, 1), Optional.of(LocalDate.of(2026, 7, 31)), "WVO art. 17a", StatementStatus.ACTIVE);
    AdmissibilityApplication renewal = underAssessment(DecisionFixtures.ML, Optional.of(7L));
    GrantTerms early = new GrantTerms(LocalDate.of(2026, 7, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> renewal.grant(DecisionFixtures.ML, 8, Optional.of(old), "c", RECEIVED.plusDays(20), "", early))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("startDate");
          assertThat(e.getMessage()).contains("R-TLV-11").contains("2026-08-01");
        });
    assertThatThrownBy(() -> renewal.grant(DecisionFixtures.ML, 8, Optional.empty(), "c", RECEIVED.plusDays(20), "", early))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("renews"));
    GrantTerms onTime = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    AdmissibilityStatement next = renewal.grant(DecisionFixtures.ML, 8, Optional.of(old), "c", RECEIVED.plusDays(20), "", onTime)
        .statement().orElseThrow();
    assertThat(next.number()).isEqualTo(8);
    assertThat(next.renews()).contains(7L);
  }

  @Test
  void vo3102GivesFurtherEducationTheMinimumDuration_R_TLV_11() {
    AdmissibilityApplication a = underAssessment(DecisionFixtures.ML, Optional.empty());
    LocalDate start = LocalDate.of(2025, 10, 1);
    GrantTerms longer = new GrantTerms(start, Optional.of(LocalDate.of(2028, 7, 31)), Optional.empty(), Optional.empty(),
        Optional.of(ExitDestination.FURTHER_EDUCATION));
    assertThatThrownBy(() -> a.grant(DecisionFixtures.ML, 1, "c", RECEIVED.plusDays(20), "", longer))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("endDate");
          assertThat(e.getMessage()).contains("R-TLV-11").contains("2027-07-31");
        });
    GrantTerms minimum = new GrantTerms(start, Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty(),
        Optional.of(ExitDestination.FURTHER_EDUCATION));
    assertThat(a.grant(DecisionFixtures.ML, 1, "c", RECEIVED.plusDays(20), "", minimum).statement()).isPresent();
    GrantTerms work = new GrantTerms(start, Optional.of(LocalDate.of(2028, 7, 31)), Optional.empty(), Optional.empty(),
        Optional.of(ExitDestination.WORK));
    assertThat(a.grant(DecisionFixtures.ML, 1, "c", RECEIVED.plusDays(20), "", work).statement()).isPresent();
    // Elsewhere the exit destination does not bound the duration.
    assertThat(underAssessment(DecisionFixtures.VO, Optional.empty())
        .advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED.plusDays(10), "")
        .grant(DecisionFixtures.VO, 1, "c", RECEIVED.plusDays(20), "", longer).statement()).isPresent();
  }
}
