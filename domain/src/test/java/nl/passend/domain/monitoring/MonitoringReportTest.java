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
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class MonitoringReportTest {
  private static final PartnershipPolicy PO = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  private static final PartnershipId P = PartnershipId.of("po-22-01");
  private static final LocalDate COUNT = LocalDate.of(2015, 10, 1);

  private static Student student(int i, SchoolType type) {
    return Student.register(StudentId.of("s" + i), LocalDate.of(2007, 1, 1).plusDays(i % 1200), COUNT,
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
        List.of(new nl.passend.domain.absence.StudentExemption(StudentId.of("z"),
            new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, COUNT.minusYears(1), Optional.empty()))), OptionalLong.empty());
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

  private static Student enrolled(String id, LocalDate born, SchoolType type, LocalDate from) {
    return Student.register(StudentId.of(id), born, from,
        EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of(type == SchoolType.PRO ? "99PR00" : "99VO00"), type, from)));
  }

  /**
   * R-MON-1 (version 2), 001:L533-538, L794: vo-31-02's VSO share is VSO / (VO + PRO + VSO); the seed's
   * 4,56% = 398 / 8.721 counts its 192 PrO students (version 1 left them out and gave 4,67%).
   */
  @Test
  void vo3102VsoShareIncludesProInTheDenominator_R_MON_1() {
    PartnershipPolicy ml = SeedPolicies.find(PolicyId.of("vo-31-02")).orElseThrow();
    assertThat(ml.participationDenominator()).containsExactlyInAnyOrder(SchoolType.VO, SchoolType.PRO, SchoolType.VSO);
    Participation p = Participation.of(java.util.Map.of("VO", 8_131L, "PRO", 192L, "VSO", 398L),
        ml.participationDenominator().stream().map(Enum::name).toList(), 2);
    assertThat(p.denominator()).isEqualTo(8_721);
    assertThat(p.rates().get("VSO")).isEqualByComparingTo("4.56");
  }

  /**
   * R-MON-3, R-TZ-4 (version 2), 003:L953-955, L989-1001: Tynaarlo 2016-17, 4 thuiszitters = 0,8 per 1.000
   * of 5.270 residents aged 5-17, and 1 absolutely absent = 0,2 per 1.000, reported apart.
   */
  @Test
  void thuiszittersAndAbsoluteAbsenceApartWithTheGivenPopulation_R_MON_3_R_TZ_4() {
    LocalDate count = LocalDate.of(2016, 10, 1);
    List<OutOfSchoolCase> cases = new ArrayList<>();
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      students.add(student(30_000 + i, SchoolType.BO));
      cases.add(OutOfSchoolCase.open(CaseId.of("tz" + i), P, StudentId.of("s" + (30_000 + i)), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE,
          count.minusMonths(2), "at home", Optional.empty(), "coordinator"));
    }
    cases.add(OutOfSchoolCase.open(CaseId.of("abs"), P, StudentId.of("absent"), AbsenceCategory.ABSOLUTE_ABSENCE, count.minusMonths(1),
        "not enrolled", Optional.empty(), "coordinator"));
    MonitoringReport r = MonitoringReport.compute(new MonitoringInput(P, count, students, List.of(), List.of(), List.of(), List.of(), cases,
        List.of(), OptionalLong.of(5_270)), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(r.thuiszitters()).isEqualTo(4);
    assertThat(r.thuiszittersPerThousand()).contains(new java.math.BigDecimal("0.8"));
    assertThat(r.absoluteAbsence()).isEqualTo(1);
    assertThat(r.absoluteAbsencePerThousand()).contains(new java.math.BigDecimal("0.2"));
    assertThat(r.populationSource()).isEqualTo(MonitoringReport.PopulationSource.GIVEN);
    // po-22-01's "no thuiszitters" (004:L242) is a count target: missed with 4.
    assertThat(r.targets()).filteredOn(t -> t.target().metric().equals("THUISZITTERS")).singleElement().satisfies(t -> {
      assertThat(t.status()).isEqualTo(TargetResult.Status.MISSED);
      assertThat(t.value()).contains(java.math.BigDecimal.valueOf(4));
      assertThat(t.reason()).contains("4 thuiszitters");
    });
    MonitoringReport registered = MonitoringReport.compute(new MonitoringInput(P, count, students, List.of(), List.of(), List.of(), List.of(),
        cases, List.of(), OptionalLong.empty()), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(registered.populationSource()).isEqualTo(MonitoringReport.PopulationSource.REGISTERED_STUDENTS);
  }

  /** R-INT-8: a thuiszitter is counted once, and only at compulsory-school age. */
  @Test
  void thuiszittersAreDistinctStudentsOfCompulsorySchoolAge_R_INT_8() {
    LocalDate count = LocalDate.of(2016, 10, 1);
    Student young = Student.register(StudentId.of("young"), LocalDate.of(2012, 6, 1), count, EnrolmentHistory.empty());
    Student child = Student.register(StudentId.of("child"), LocalDate.of(2008, 6, 1), count, EnrolmentHistory.empty());
    List<OutOfSchoolCase> cases = List.of(
        OutOfSchoolCase.open(CaseId.of("a"), P, StudentId.of("child"), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE, count.minusMonths(2), "x",
            Optional.empty(), "c"),
        OutOfSchoolCase.open(CaseId.of("b"), P, StudentId.of("child"), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE, count.minusMonths(1), "x",
            Optional.empty(), "c"),
        OutOfSchoolCase.open(CaseId.of("c"), P, StudentId.of("young"), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE, count.minusMonths(1), "x",
            Optional.empty(), "c"));
    MonitoringReport r = MonitoringReport.compute(new MonitoringInput(P, count, List.of(young, child), List.of(), List.of(), List.of(), List.of(),
        cases, List.of(), OptionalLong.of(100)), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(r.thuiszitters()).isEqualTo(1);

    // An exemption in force on the count date takes the student out of the count; one that ended does not.
    var exempt = new nl.passend.domain.absence.StudentExemption(StudentId.of("child"),
        new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, count.minusMonths(3), Optional.of(count)));
    var ended = new nl.passend.domain.absence.StudentExemption(StudentId.of("child"),
        new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, count.minusMonths(3), Optional.of(count.minusDays(1))));
    assertThat(MonitoringReport.compute(new MonitoringInput(P, count, List.of(young, child), List.of(), List.of(), List.of(), List.of(),
        cases, List.of(exempt), OptionalLong.of(100)), PO.monitoringSettings(SchoolCalendar.none())).thuiszitters()).isZero();
    assertThat(MonitoringReport.compute(new MonitoringInput(P, count, List.of(young, child), List.of(), List.of(), List.of(), List.of(),
        cases, List.of(ended), OptionalLong.of(100)), PO.monitoringSettings(SchoolCalendar.none())).thuiszitters()).isEqualTo(1);
  }

  /** R-INT-8: a report at a past count date shows the placement-duty cases as they stood on that date. */
  @Test
  void aCaseOverdueOnTheCountDateCountsAsOverdueThoughConcludedLater_R_INT_8() {
    PlacementDutyCase late = PlacementDutyCase.register(CaseId.of("pd1"), P, StudentId.of("x"), BoardId.of("13785"), BrinCode.of("99AA00"),
        COUNT.minusWeeks(8)).conclude(nl.passend.domain.placement.PlacementOutcome.ADMITTED, Optional.empty(), COUNT.plusDays(3));
    MonitoringReport r = MonitoringReport.compute(new MonitoringInput(P, COUNT, List.of(), List.of(), List.of(), List.of(), List.of(late),
        List.of(), List.of(), OptionalLong.of(100)), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(r.openPlacementDutyCases()).isEqualTo(1);
    assertThat(r.overduePlacementDutyCases()).isEqualTo(1);
    MonitoringReport after = MonitoringReport.compute(new MonitoringInput(P, COUNT.plusDays(3), List.of(), List.of(), List.of(), List.of(),
        List.of(late), List.of(), List.of(), OptionalLong.of(100)), PO.monitoringSettings(SchoolCalendar.none()));
    assertThat(after.openPlacementDutyCases()).isZero();
    assertThat(after.overduePlacementDutyCases()).isZero();
  }

  /**
   * R-MON-2, R-LWOO-3: a VO partnership with 9 VO students, 1 PrO student and 1 LWOO designation in force
   * reports PrO + LWOO at 20% and the 15% target missed; a designation of a student not enrolled in VO does
   * not count.
   */
  @Test
  void proPlusLwooCountsTheDesignationsInForce_R_MON_2_R_LWOO_3() {
    PartnershipPolicy vo = SeedPolicies.find(PolicyId.of("vo-22-01")).orElseThrow();
    LocalDate count = LocalDate.of(2025, 10, 1);
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      students.add(enrolled("v" + i, LocalDate.of(2012, 1, 1), SchoolType.VO, LocalDate.of(2024, 8, 1)));
    }
    students.add(enrolled("p", LocalDate.of(2012, 1, 1), SchoolType.PRO, LocalDate.of(2024, 8, 1)));
    List<nl.passend.domain.decision.LwooDesignation> lwoo = List.of(granted("v0", LocalDate.of(2024, 8, 1), Optional.empty()),
        granted("gone", LocalDate.of(2024, 8, 1), Optional.empty()), granted("v1", LocalDate.of(2025, 10, 2), Optional.empty()),
        granted("v2", LocalDate.of(2024, 8, 1), Optional.of(LocalDate.of(2025, 9, 30))));
    MonitoringReport r = MonitoringReport.compute(new MonitoringInput(PartnershipId.of("vo-22-01"), count, students, List.of(), List.of(), lwoo,
        List.of(), List.of(), List.of(), OptionalLong.empty()), vo.monitoringSettings(SchoolCalendar.none()));
    assertThat(r.lwooDesignations()).isEqualTo(1);
    assertThat(r.targets()).filteredOn(t -> t.target().metric().equals("PRO_LWOO_SHARE")).singleElement().satisfies(t -> {
      assertThat(t.value()).contains(new java.math.BigDecimal("20.00"));
      assertThat(t.status()).isEqualTo(TargetResult.Status.MISSED);
    });
    // A per-school target is not computable in the partnership-wide report, and says why.
    assertThat(r.targets()).filteredOn(t -> t.target().metric().equals("REBOUND_SHARE_PER_SCHOOL")).singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(TargetResult.Status.NOT_COMPUTABLE));
  }

  /** A designation in force from {@code start} (R-LWOO-1), ended on {@code end} when given. */
  private static nl.passend.domain.decision.LwooDesignation granted(String student, LocalDate start, Optional<LocalDate> end) {
    nl.passend.domain.eligibility.EligibilityResult eligible = new nl.passend.domain.eligibility.EligibilityResult(
        nl.passend.domain.eligibility.Scheme.LWOO, "2020-01-01", nl.passend.domain.eligibility.Outcome.ELIGIBLE, Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of());
    var d = nl.passend.domain.decision.LwooDesignation.submit("lwoo-" + student, PartnershipId.of("vo-22-01"), StudentId.of(student),
        BrinCode.of("99VO00"), LocalDate.of(2024, 5, 1), eligible, "school").grant("staff", LocalDate.of(2024, 5, 20), "criteria met", start);
    return end.map(e -> d.end("staff", e, "left LWOO", e)).orElse(d);
  }
}
