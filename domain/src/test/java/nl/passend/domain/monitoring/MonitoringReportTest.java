package nl.passend.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.DecisionFixtures;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.policy.BuiltInPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class MonitoringReportTest {
  private static final PartnershipPolicy PO = BuiltInPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  private static final PartnershipId P = PartnershipId.of("po-22-01");
  private static final LocalDate COUNT = LocalDate.of(2015, 10, 1);

  private static Student student(int i, SchoolType type) {
    return Student.register(StudentId.of("s" + i), LocalDate.of(2007, 1, 1).plusDays(i % 2000), COUNT,
        EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of(type == SchoolType.SBO ? "99PA00" : "99AA00"), type, LocalDate.of(2014, 8, 1))));
  }

  /** 004:L1790: 14.125 BO and 293 SBO students on 1 October 2015 give an SBO share of 2,03 %, within the 2,6 % target. */
  @Test
  void reportFromTheStoredModel_R_MON_3() {
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 14_125; i++) {
      students.add(student(i, SchoolType.BO));
    }
    for (int i = 0; i < 293; i++) {
      students.add(student(20_000 + i, SchoolType.SBO));
    }
    AdmissibilityApplication onTime = DecisionFixtures.underAssessment().grant(PO, 1, "c", DecisionFixtures.RECEIVED.plusDays(20), "",
        new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(), Optional.empty()));
    AdmissibilityStatement statement = new AdmissibilityStatement(2, P, StudentId.of("s1"), SchoolType.SO, Optional.of(SpecialNeedsType.ZML),
        Optional.of(FundingCategory.LOW), Optional.empty(), LocalDate.of(2015, 7, 1), LocalDate.of(2015, 8, 1),
        Optional.of(LocalDate.of(2016, 3, 31).withMonth(7).withDayOfMonth(31)), "WPO art. 18a", StatementStatus.ACTIVE);
    PlacementDutyCase overdue = PlacementDutyCase.register(CaseId.of("pd1"), P, StudentId.of("x"), BoardId.of("13785"), BrinCode.of("99AA00"),
        COUNT.minusWeeks(8));
    OutOfSchoolCase home = OutOfSchoolCase.open(CaseId.of("tz1"), P, StudentId.of("y"), AbsenceCategory.ABSOLUTE_ABSENCE,
        COUNT.minusMonths(4), "no place", Optional.empty(), "coordinator");
    MonitoringInput in = new MonitoringInput(P, COUNT, students, List.of(), List.of(statement), List.of(), List.of(overdue), List.of(home),
        List.of(new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, COUNT.minusYears(1), Optional.empty())), OptionalLong.empty());
    MonitoringReport r = MonitoringReport.compute(in, PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(r.studentsByType()).containsEntry(SchoolType.BO, 14_125L).containsEntry(SchoolType.SBO, 293L);
    assertThat(r.participationDenominator()).isEqualTo(14_418);
    assertThat(r.participation().get(SchoolType.SBO)).isEqualByComparingTo("2.03");
    assertThat(r.statementsByType().get(SchoolType.SO)).containsEntry("LOW", 1L);
    assertThat(r.statementsEndingWithinSixMonths()).isZero();
    assertThat(r.openPlacementDutyCases()).isEqualTo(1);
    assertThat(r.overduePlacementDutyCases()).isEqualTo(1);
    assertThat(r.outOfSchool()).isEqualTo(1);
    assertThat(r.outOfSchoolByDuration()).containsEntry(DurationBucket.UP_TO_6_MONTHS, 1L);
    assertThat(r.outOfSchoolBeyondNationalTarget()).isEqualTo(1);
    assertThat(r.exemptionsByGround()).containsEntry(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, 1L);
    long fiveToSeventeen = students.stream().filter(s -> s.ageOn(COUNT) >= 5 && s.ageOn(COUNT) <= 17).count();
    assertThat(r.population()).isEqualTo(fiveToSeventeen);
    assertThat(r.outOfSchoolPerThousand()).contains(Percentages.of(1, fiveToSeventeen, 4).multiply(java.math.BigDecimal.TEN)
        .setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(r.targets()).filteredOn(t -> t.target().metric().equals("SBO_SHARE")).singleElement()
        .satisfies(t -> assertThat(t.met()).contains(true));
    assertThat(r.decisionsWithinTermPercent()).isEmpty();

    MonitoringReport later = MonitoringReport.compute(new MonitoringInput(P, LocalDate.of(2026, 2, 1), students, List.of(onTime),
        List.of(), List.of(), List.of(), List.of(), List.of(), OptionalLong.of(1000)), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(later.decisions()).isEqualTo(1);
    assertThat(later.decisionsWithinTermPercent()).contains(new java.math.BigDecimal("100.00"));
    assertThat(later.population()).isEqualTo(1000);
  }
}
