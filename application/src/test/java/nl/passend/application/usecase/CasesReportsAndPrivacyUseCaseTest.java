package nl.passend.application.usecase;

import static nl.passend.application.usecase.World.ACC;
import static nl.passend.application.usecase.World.ADMIN;
import static nl.passend.application.usecase.World.AUDITOR;
import static nl.passend.application.usecase.World.BOARD_1;
import static nl.passend.application.usecase.World.BOARD_2;
import static nl.passend.application.usecase.World.COMMITTEE;
import static nl.passend.application.usecase.World.OTHER_STAFF;
import static nl.passend.application.usecase.World.SCHOOL_A;
import static nl.passend.application.usecase.World.SCHOOL_B;
import static nl.passend.application.usecase.World.STAFF;
import static nl.passend.application.usecase.World.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.cases.port.in.OutOfSchoolUseCase;
import nl.passend.application.cases.port.in.PlacementDutyUseCase;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.deadline.Procedure;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.placement.PlacementOutcome;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class CasesReportsAndPrivacyUseCaseTest {
  private final World world = new World();

  @Test
  void placementDutyFromRegistrationToEscalationAndConclusion_R_ZP_1_R_ZP_3() {
    var cases = world.passend.cases();
    var c = cases.openPlacementDuty(new PlacementDutyUseCase.Open(SCHOOL_A, ACC, StudentId.of("s-9"), BrinCode.of("99AA00"), TODAY.minusWeeks(7)));
    assertThat(c.value().board()).isEqualTo(BoardId.of("b1"));
    assertThat(cases.placementDutyCases(STAFF, ACC, true)).extracting(x -> x.id()).containsExactly(c.id());
    assertThatThrownBy(() -> cases.openPlacementDuty(new PlacementDutyUseCase.Open(SCHOOL_B, ACC, StudentId.of("s-9"), BrinCode.of("99AA00"), TODAY)))
        .isInstanceOf(AccessDeniedException.class);
    var done = cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(BOARD_1, c.id(), c.version(), PlacementDutyUseCase.Step.CONCLUDE, TODAY,
        Optional.empty(), Optional.of(PlacementOutcome.ADMITTED), Optional.empty(), "admitted"));
    assertThat(done.value().outcome()).contains(PlacementOutcome.ADMITTED);
    assertThat(cases.placementDutyCases(STAFF, ACC, true)).isEmpty();
    assertThatThrownBy(() -> cases.placementDutyCase(BOARD_2, c.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cases.placementDutyCases(SCHOOL_A, ACC, false)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void placedElsewhereNamesAnotherSchoolAndASchoolHasOneOpenCasePerStudent_R_ZP_1_R_ZP_2() {
    var cases = world.passend.cases();
    var c = cases.openPlacementDuty(new PlacementDutyUseCase.Open(SCHOOL_A, ACC, StudentId.of("s-9"), BrinCode.of("99AA00"), TODAY.minusWeeks(2)));
    assertThatThrownBy(() -> cases.openPlacementDuty(new PlacementDutyUseCase.Open(SCHOOL_A, ACC, StudentId.of("s-9"), BrinCode.of("99AA00"), TODAY)))
        .isInstanceOfSatisfying(nl.passend.domain.common.RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-ZP-1"));
    // Another school of the partnership may have its own duty for the same student.
    cases.openPlacementDuty(new PlacementDutyUseCase.Open(STAFF, ACC, StudentId.of("s-9"), BrinCode.of("99BB00"), TODAY));
    assertThatThrownBy(() -> cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(BOARD_1, c.id(), c.version(), PlacementDutyUseCase.Step.CONCLUDE,
        TODAY, Optional.empty(), Optional.of(PlacementOutcome.PLACED_ELSEWHERE), Optional.of(BrinCode.of("99AA00")), "here")))
        .isInstanceOfSatisfying(nl.passend.domain.common.RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-ZP-2"));
    var placed = cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(BOARD_1, c.id(), c.version(), PlacementDutyUseCase.Step.CONCLUDE,
        TODAY, Optional.empty(), Optional.of(PlacementOutcome.PLACED_ELSEWHERE), Optional.of(BrinCode.of("99PA00")), "SBO admits"));
    assertThat(placed.value().placedAt()).contains(BrinCode.of("99PA00"));
    // Once concluded, the school may open a new case for a new registration.
    cases.openPlacementDuty(new PlacementDutyUseCase.Open(SCHOOL_A, ACC, StudentId.of("s-9"), BrinCode.of("99AA00"), TODAY));
  }

  @Test
  void temporaryEnrolmentHappensOnceOnlyWhenNotEnrolledElsewhereAndIsAnEnrolment_R_INT_6() {
    var cases = world.passend.cases();
    var students = world.passend.students();
    // s-9 is enrolled at 99AA00 since 2021: no temporary enrolment at 99BB00 is due.
    world.student("s-9", "99AA00");
    var enrolled = cases.openPlacementDuty(new PlacementDutyUseCase.Open(STAFF, ACC, StudentId.of("s-9"), BrinCode.of("99BB00"), TODAY.minusWeeks(11)));
    assertThatThrownBy(() -> cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(STAFF, enrolled.id(), enrolled.version(),
        PlacementDutyUseCase.Step.ENROL_TEMPORARILY, TODAY, Optional.empty(), Optional.empty(), Optional.empty(), "")))
        .isInstanceOfSatisfying(nl.passend.domain.common.RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-INT-6");
          assertThat(e.getMessage()).contains("another school").doesNotContain("99AA00");
        });
    // A student without a school: the temporary enrolment is recorded as an enrolment, once.
    students.importStudents(new nl.passend.application.student.port.in.ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new nl.passend.application.student.port.in.ImportStudentsUseCase.Row(2, "s-20", "2014-03-01", "99BB00", "BO", "2020-08-01", "2025-05-31"))));
    var c = cases.openPlacementDuty(new PlacementDutyUseCase.Open(STAFF, ACC, StudentId.of("s-20"), BrinCode.of("99AA00"), TODAY.minusWeeks(11)));
    var temporary = cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(STAFF, c.id(), c.version(), PlacementDutyUseCase.Step.ENROL_TEMPORARILY,
        TODAY, Optional.empty(), Optional.empty(), Optional.empty(), ""));
    assertThat(temporary.value().temporarilyEnrolledOn()).contains(TODAY);
    assertThat(students.student(STAFF, StudentId.of("s-20")).student().enrolments().on(TODAY))
        .hasValueSatisfying(e -> assertThat(e.school()).isEqualTo(BrinCode.of("99AA00")));
    assertThatThrownBy(() -> cases.actOnPlacementDuty(new PlacementDutyUseCase.Act(STAFF, temporary.id(), temporary.version(),
        PlacementDutyUseCase.Step.ENROL_TEMPORARILY, TODAY, Optional.empty(), Optional.empty(), Optional.empty(), "")))
        .isInstanceOfSatisfying(nl.passend.domain.common.RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-INT-6"));
  }

  @Test
  void absoluteAbsenceIsOnlyForAStudentEnrolledNowhere_R_INT_8() {
    var cases = world.passend.cases();
    world.student("s-21", "99AA00");
    assertThatThrownBy(() -> cases.openOutOfSchool(new OutOfSchoolUseCase.Open(STAFF, ACC, StudentId.of("s-21"), AbsenceCategory.ABSOLUTE_ABSENCE,
        TODAY.minusMonths(1), "not enrolled", Optional.empty(), "coordinator-1")))
        .isInstanceOfSatisfying(nl.passend.domain.common.RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-INT-8"));
    assertThat(cases.openOutOfSchool(new OutOfSchoolUseCase.Open(STAFF, ACC, StudentId.of("s-21"), AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE,
        TODAY.minusMonths(1), "at home", Optional.empty(), "coordinator-1")).value().category()).isEqualTo(AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE);
  }

  @Test
  void outOfSchoolCaseEscalatedDesignatedAndClosed_R_TZ_2_R_TZ_3() {
    var cases = world.passend.cases();
    var c = cases.openOutOfSchool(new OutOfSchoolUseCase.Open(STAFF, ACC, StudentId.of("s-9"), AbsenceCategory.ABSOLUTE_ABSENCE,
        TODAY.minusMonths(4), "no fitting place", Optional.empty(), "coordinator-1"));
    // R-INT-8: a second open case of the same category for the student is refused; R-INT-5: no case starts tomorrow.
    assertThatThrownBy(() -> cases.openOutOfSchool(new OutOfSchoolUseCase.Open(STAFF, ACC, StudentId.of("s-9"), AbsenceCategory.ABSOLUTE_ABSENCE,
        TODAY.minusMonths(1), "again", Optional.empty(), "coordinator-1"))).isInstanceOfSatisfying(
            nl.passend.domain.common.RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("R-INT-8"));
    assertThatThrownBy(() -> cases.openOutOfSchool(new OutOfSchoolUseCase.Open(STAFF, ACC, StudentId.of("s-8"), AbsenceCategory.ABSOLUTE_ABSENCE,
        TODAY.plusDays(1), "future", Optional.empty(), "coordinator-1"))).hasMessageContaining("startedOn");
    c = cases.actOnOutOfSchool(new OutOfSchoolUseCase.Act(STAFF, c.id(), c.version(), OutOfSchoolUseCase.Step.ESCALATE, TODAY, "stalls", Optional.empty()));
    c = cases.actOnOutOfSchool(new OutOfSchoolUseCase.Act(STAFF, c.id(), c.version(), OutOfSchoolUseCase.Step.DESIGNATE, TODAY, "director",
        Optional.of(BrinCode.of("99BB00"))));
    assertThat(c.value().boardWithDuty()).contains(BoardId.of("b2"));
    // Now the board with the duty handles it too.
    var designated = c;
    assertThatThrownBy(() -> cases.actOnOutOfSchool(new OutOfSchoolUseCase.Act(BOARD_2, designated.id(), designated.version(),
        OutOfSchoolUseCase.Step.CLOSE, TODAY.plusDays(7), "enrolled", Optional.empty()))).hasMessageContaining("on").hasMessageContaining("R-INT-5");
    c = cases.actOnOutOfSchool(new OutOfSchoolUseCase.Act(BOARD_2, c.id(), c.version(), OutOfSchoolUseCase.Step.CLOSE, TODAY, "enrolled", Optional.empty()));
    assertThat(c.value().closedOn()).contains(TODAY);
    var closed = c;
    assertThatThrownBy(() -> cases.outOfSchoolCase(SCHOOL_A, closed.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void monitoringReportForStaffAndAuditorsOnly_R_MON_3() {
    world.student("s-1", "99AA00");
    world.student("s-2", "99BB00");
    world.student("s-3", "99AA00");
    // R-INT-8: an exemption needs an existing student of compulsory-school age.
    assertThatThrownBy(() -> world.passend.cases().recordExemption(STAFF, ACC, StudentId.of("nobody"),
        new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, TODAY.minusYears(1), Optional.empty()))).hasMessageContaining("studentId");
    assertThatThrownBy(() -> world.passend.cases().recordExemption(STAFF, ACC, StudentId.of("s-3"),
        new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, LocalDate.of(2019, 1, 1), Optional.empty()))).hasMessageContaining("R-INT-8");
    world.passend.cases().recordExemption(STAFF, ACC, StudentId.of("s-3"),
        new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, TODAY.minusYears(1), Optional.empty()));
    var report = world.passend.monitoring().report(AUDITOR, ACC, LocalDate.of(2024, 10, 1));
    assertThat(report.studentsByType()).containsEntry(SchoolType.BO, 3L);
    assertThat(report.exemptionsByGround()).containsEntry(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, 1L);
    // R-INT-9: the auditor reads that an exemption was recorded, never its ground (art. 5a is health data).
    assertThat(world.passend.privacy().trail(AUDITOR, "s-3")).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("exemption.record");
      assertThat(e.reason()).doesNotContain("5A").doesNotContainIgnoringCase("physical").doesNotContainIgnoringCase("psycholog");
    });
    for (Actor denied : List.of(SCHOOL_A, BOARD_1, COMMITTEE, OTHER_STAFF, ADMIN)) {
      assertThatThrownBy(() -> world.passend.monitoring().report(denied, ACC, LocalDate.of(2024, 10, 1))).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void purgeRemovesExactlyWhatIsPastRetention_R_PRIV_2() {
    world.student("s-1", "99AA00");
    // Not yet enrolled in 2019: the school of registration applies (R-TLV-1).
    world.storage.registrations().insert(new nl.passend.domain.student.Registration("reg-1", StudentId.of("s-1"), BrinCode.of("99AA00"),
        SchoolType.BO, LocalDate.of(2018, 12, 1)));
    AdmissibilityApplication old = decide(LocalDate.of(2020, 1, 10), false);
    AdmissibilityApplication recent = decide(LocalDate.of(2024, 1, 10), false);
    AdmissibilityApplication grantedLongAgo = decide(LocalDate.of(2020, 1, 10), true);
    AdmissibilityApplication open = world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(STAFF, PolicyId.of("po-22-01"), ACC,
        StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, LocalDate.of(2019, 1, 1)));
    // LWOO designations (R-LWOO-1): a refusal long ago goes, one in force stays however old.
    var eligible = new nl.passend.domain.eligibility.EligibilityResult(nl.passend.domain.eligibility.Scheme.LWOO, "2020-01-01",
        nl.passend.domain.eligibility.Outcome.ELIGIBLE, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    var refusedLwoo = world.storage.lwooDesignations().insert(nl.passend.domain.decision.LwooDesignation.submit("lwoo-1", ACC, StudentId.of("s-1"),
        BrinCode.of("99AA00"), LocalDate.of(2019, 3, 1), eligible, "school").refuse("staff", LocalDate.of(2019, 4, 1), "no"));
    var inForce = world.storage.lwooDesignations().insert(nl.passend.domain.decision.LwooDesignation.submit("lwoo-2", ACC, StudentId.of("s-1"),
        BrinCode.of("99AA00"), LocalDate.of(2019, 3, 1), eligible, "school").grant("staff", LocalDate.of(2019, 4, 1), "met", LocalDate.of(2019, 8, 1)));
    var result = world.passend.privacy().purge(STAFF, ACC);
    assertThat(result.lwooDesignations()).isEqualTo(1);
    assertThat(world.storage.lwooDesignations().find(refusedLwoo.id())).isEmpty();
    assertThat(world.storage.lwooDesignations().find(inForce.id())).isPresent();
    assertThat(result.applications()).isEqualTo(2);
    assertThat(world.storage.applications().find(old.id())).isEmpty();
    assertThat(world.storage.applications().find(grantedLongAgo.id())).isEmpty();
    assertThat(world.storage.applications().find(recent.id())).isPresent();
    assertThat(world.storage.applications().find(open.id())).isPresent();
    assertThat(world.passend.privacy().trail(STAFF, "retention:acc-po")).singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("erased 2 applications").contains("1 LWOO designations").doesNotContain("s-1"));
    assertThatThrownBy(() -> world.passend.privacy().purge(AUDITOR, ACC)).isInstanceOf(AccessDeniedException.class);
  }

  /** An SBO application decided on the date: refused, or granted until 31 July of that school year. */
  private AdmissibilityApplication decide(LocalDate on, boolean grant) {
    var apps = world.passend.applications();
    AdmissibilityApplication a = apps.submit(new SubmitAdmissibilityApplicationUseCase.Command(STAFF, PolicyId.of("po-22-01"), ACC, StudentId.of("s-1"),
        BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, on.minusDays(20)));
    a = step(a, Action.ACKNOWLEDGE, on.minusDays(19));
    a = step(a, Action.START_ASSESSMENT, on.minusDays(18));
    if (grant) {
      a = apps.recordDossier(new nl.passend.application.decision.port.in.RecordDossierUseCase.Command(STAFF, a.id(), a.version(),
          nl.passend.domain.policy.SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().dossiers().required(),
          nl.passend.application.contract.ContractFixtures.twoExperts(BrinCode.of("99AA00"), on.minusDays(20)), Optional.empty()));
      return apps.act(new ActOnAdmissibilityApplicationUseCase.Command(STAFF, a.id(), a.version(), Action.GRANT, on, "", Optional.of(new GrantTerms(on,
          Optional.of(LocalDate.of(on.getYear(), 7, 31)), Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty()));
    }
    a = step(a, Action.SCHEDULE_HEARING, on.minusDays(5));
    return step(a, Action.REFUSE, on);
  }

  private AdmissibilityApplication step(AdmissibilityApplication a, Action action, LocalDate on) {
    return world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(STAFF, a.id(), a.version(), action, on, "", Optional.empty(),
        Optional.empty(), Optional.empty()));
  }

  @Test
  void auditTrailIsForStaffAndAuditorsOfThePartnership_R_PRIV_3() {
    world.student("s-1", "99AA00");
    for (Actor denied : List.of(SCHOOL_A, BOARD_1, COMMITTEE, ADMIN)) {
      assertThatThrownBy(() -> world.passend.privacy().trail(denied, "import:acc-po")).isInstanceOf(AccessDeniedException.class);
    }
    assertThat(world.passend.privacy().trail(AUDITOR, "import:acc-po")).hasSize(1);
    assertThat(world.passend.privacy().trail(OTHER_STAFF, "import:acc-po")).isEmpty();
  }

  @Test
  void calculatorsForAnyActor() {
    var calc = world.passend.calculators();
    assertThat(calc.evaluate(SCHOOL_A, PolicyId.of("po-22-01"), Scheme.ZML, Assessment.on(TODAY).withIq(50)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThatThrownBy(() -> calc.evaluate(SCHOOL_A, PolicyId.of("po-22-01"), Scheme.PRO, Assessment.on(TODAY))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> calc.evaluate(SCHOOL_A, PolicyId.of("nope"), Scheme.PRO, Assessment.on(TODAY))).isInstanceOf(NotFoundException.class);
    assertThat(calc.deadlines(ADMIN, PolicyId.of("po-22-01"), Procedure.ADMISSIBILITY_DECISION, LocalDate.of(2025, 3, 3), Optional.empty())
        .get("decideByExtended")).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(calc.distribute(AUDITOR, Money.ofEuros(10), Money.ofEuros(1), Map.of("a", 1L, "b", 1L))).containsEntry("a", Money.ofEuros(5));
    assertThatThrownBy(() -> calc.deduction(STAFF, PolicyId.of("po-22-01"), Map.of(FundingCategory.LOW, 1L), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("policyId");
    assertThat(calc.deduction(STAFF, PolicyId.of("vo-31-02"), Map.of(FundingCategory.LOW, 1L), 1).total()).isEqualTo(Money.ofEuros(19_690));
  }
}
