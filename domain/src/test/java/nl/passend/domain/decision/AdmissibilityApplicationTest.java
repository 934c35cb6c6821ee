package nl.passend.domain.decision;

import static nl.passend.domain.decision.DecisionFixtures.PO;
import static nl.passend.domain.decision.DecisionFixtures.PO_DEADLINES;
import static nl.passend.domain.decision.DecisionFixtures.RECEIVED;
import static nl.passend.domain.decision.DecisionFixtures.SCHOOL;
import static nl.passend.domain.decision.DecisionFixtures.submitted;
import static nl.passend.domain.decision.DecisionFixtures.underAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class AdmissibilityApplicationTest {
  private static final GrantTerms LG_TERMS = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
      Optional.empty(), Optional.empty());

  @Test
  void fullLifecycleRecordsEveryStep() {
    AdmissibilityApplication a = underAssessment()
        .grant(PO, 1, "committee", RECEIVED.plusDays(20), "criteria met", LG_TERMS);
    assertThat(a.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(a.trail()).extracting(TrailEntry::action)
        .containsExactly(Action.SUBMIT, Action.ACKNOWLEDGE, Action.START_ASSESSMENT, Action.GRANT);
    assertThat(a.trail().get(3).reason()).isEqualTo("criteria met");
    assertThat(a.statement()).hasValueSatisfying(s -> {
      assertThat(s.number()).isEqualTo(1);
      assertThat(s.fundingCategory()).contains(FundingCategory.MEDIUM);
      assertThat(s.legalBasis()).isEqualTo("WPO art. 18a");
    });
    assertThat(a.decidedWithinTerm(PO_DEADLINES)).contains(true);
  }

  @Test
  void guardiansNeverApply_R_TLV_1() {
    assertThatThrownBy(() -> AdmissibilityApplication.submit(ApplicationId.of("a"), PO, PartnershipId.of("p"),
        DecisionFixtures.enrolledAt("s", SCHOOL, SchoolType.BO), Applicant.GUARDIANS, SchoolType.SBO, Optional.empty(), false, Optional.empty(), RECEIVED, "x"))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("R-TLV-1");
  }

  @Test
  void typeMustFitThePolicysSectorAndNameItsClusterType() {
    assertThat(submitted(SchoolType.VSO, Optional.of(SpecialNeedsType.LG)).state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThatThrownBy(() -> AdmissibilityApplication.submit(ApplicationId.of("a"), PO, PartnershipId.of("p"),
        DecisionFixtures.enrolledAt("s", SCHOOL, SchoolType.BO), Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.VSO, Optional.of(SpecialNeedsType.LG), false,
        Optional.empty(), RECEIVED, "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("schoolType");
    assertThatThrownBy(() -> submitted(SchoolType.SO, Optional.empty())).hasMessageContaining("specialNeedsType");
    assertThatThrownBy(() -> submitted(SchoolType.SBO, Optional.of(SpecialNeedsType.ZML))).hasMessageContaining("specialNeedsType");
    assertThatThrownBy(() -> submitted(SchoolType.BO, Optional.empty())).hasMessageContaining("schoolType");
  }

  @Test
  void refusalNeedsAHearingFirst_R_DL_5() {
    AdmissibilityApplication a = underAssessment();
    assertThatThrownBy(() -> a.refuse(PO, "committee", RECEIVED.plusDays(20), "no"))
        .isInstanceOf(TransitionRejectedException.class).hasMessageContaining("R-DL-5").hasMessageContaining("hearing");
    assertThatThrownBy(() -> a.notConsider(PO, "committee", RECEIVED.plusDays(20), "no"))
        .isInstanceOf(TransitionRejectedException.class).hasMessageContaining("R-DL-5");
    AdmissibilityApplication refused = a.scheduleHearing("committee", RECEIVED.plusDays(14), "intended refusal")
        .refuse(PO, "committee", RECEIVED.plusDays(21), "criteria not met");
    assertThat(refused.state()).isEqualTo(ApplicationState.REFUSED);
    assertThat(refused.decidedOn()).contains(RECEIVED.plusDays(21));
    assertThat(refused.statement()).isEmpty();
  }

  @Test
  void informationRequestSuspendsTheDecisionClock_R_DL_2() {
    AdmissibilityApplication a = submitted(SchoolType.SBO, Optional.empty())
        .acknowledge("c", RECEIVED.plusDays(1), "")
        .requestInformation("c", RECEIVED.plusDays(5), "expert advice missing");
    assertThat(a.isSuspended()).isTrue();
    assertThatThrownBy(() -> a.startAssessment("c", RECEIVED.plusDays(6), "")).isInstanceOf(TransitionRejectedException.class);
    AdmissibilityApplication resumed = a.receiveInformation("c", RECEIVED.plusDays(15), "received");
    assertThat(resumed.state()).isEqualTo(ApplicationState.ACKNOWLEDGED);
    assertThat(resumed.suspendedDays()).isEqualTo(10);
    assertThat(resumed.deadlines(PO_DEADLINES).get("decideBy")).isEqualTo(RECEIVED.plusWeeks(4).plusDays(10));
    assertThat(resumed.deadlines(PO_DEADLINES).get("acknowledgeBy")).isEqualTo(RECEIVED.plusWeeks(1));
  }

  @Test
  void decisionTermIsExtendedOnceToAtMostEightWeeks_R_DL_3() {
    AdmissibilityApplication a = underAssessment().extend(DecisionFixtures.PO_DEADLINES, "c", RECEIVED.plusDays(20), "expert consulted");
    assertThat(a.decisionDue(PO_DEADLINES)).isEqualTo(RECEIVED.plusWeeks(8));
    assertThatThrownBy(() -> a.extend(DecisionFixtures.PO_DEADLINES, "c", RECEIVED.plusDays(21), "again")).hasMessageContaining("extended already");
  }

  @Test
  void grantTakesThePolicysDefaultCategory_R_TLV_5() {
    AdmissibilityApplication a = underAssessment().grant(PO, 7, "c", RECEIVED.plusDays(20), "", LG_TERMS);
    assertThat(a.statement().orElseThrow().fundingCategory()).contains(FundingCategory.MEDIUM);
    assertThat(a.statement().orElseThrow().categoryOverrideReason()).isEmpty();
  }

  @Test
  void aDifferentCategoryNeedsAReason_R_TLV_5() {
    GrantTerms high = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)), Optional.of(FundingCategory.HIGH), Optional.empty());
    assertThatThrownBy(() -> underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", high))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("categoryOverrideReason"));
    GrantTerms reasoned = new GrantTerms(high.startDate(), high.endDate(), high.fundingCategory(), Optional.of("needs nursing care all day"));
    AdmissibilityStatement s = underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", reasoned).statement().orElseThrow();
    assertThat(s.fundingCategory()).contains(FundingCategory.HIGH);
    assertThat(s.categoryOverrideReason()).contains("needs nursing care all day");
  }

  @Test
  void statementsEndOnThirtyFirstJuly_R_TLV_6() {
    GrantTerms june = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 6, 30)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> underAssessment().grant(PO, 1, "c", RECEIVED.plusDays(20), "", june))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("endDate"));
  }

  @Test
  void aVsoStatementLastsAtLeastOneFullSchoolYear_R_TLV_6() {
    AdmissibilityApplication vso = DecisionFixtures.complete(submitted(SchoolType.VSO, Optional.of(SpecialNeedsType.CLUSTER_4)), Optional.empty())
        .acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED, "").advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED, "advice to grant");
    GrantTerms restOfYear = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> vso.grant(DecisionFixtures.VO, 1, "c", RECEIVED.plusDays(10), "", restOfYear))
        .hasMessageContaining("at least one full school year").hasMessageContaining("2027-07-31");
    GrantTerms enough = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    assertThat(vso.grant(DecisionFixtures.VO, 1, "c", RECEIVED.plusDays(10), "", enough).statement()).isPresent();
    GrantTerms fromAugust = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    assertThat(vso.grant(DecisionFixtures.VO, 1, "c", RECEIVED.plusDays(10), "", fromAugust).statement()).isPresent();
  }

  @Test
  void aProStatementHasNoEndDateNorCategory_R_TLV_5_R_TLV_6() {
    AdmissibilityApplication pro = DecisionFixtures.complete(submitted(SchoolType.PRO, Optional.empty()), Optional.empty()).acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED, "")
        .advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED, "advice to grant");
    GrantTerms withEnd = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> pro.grant(DecisionFixtures.VO, 1, "c", RECEIVED, "", withEnd)).hasMessageContaining("whole PrO career");
    GrantTerms category = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.empty(), Optional.of(FundingCategory.LOW), Optional.empty());
    assertThatThrownBy(() -> pro.grant(DecisionFixtures.VO, 1, "c", RECEIVED, "", category)).hasMessageContaining("no funding category");
    AdmissibilityStatement s = pro.grant(DecisionFixtures.VO, 1, "c", RECEIVED, "",
        new GrantTerms(LocalDate.of(2026, 8, 1), Optional.empty(), Optional.empty(), Optional.empty())).statement().orElseThrow();
    assertThat(s.endDate()).isEmpty();
    assertThat(s.validOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(s.legalBasis()).isEqualTo("WVO art. 17a");
  }

  @Test
  void objectionWithinSixWeeksThenDecided_R_DL_9() {
    AdmissibilityApplication refused = underAssessment().scheduleHearing("c", RECEIVED.plusDays(10), "")
        .refuse(PO, "c", RECEIVED.plusDays(20), "not admissible");
    LocalDate notified = RECEIVED.plusDays(20);
    // Notified on Sunday 5 October 2025: six weeks end on Sunday 16 November, so the term ends on
    // Monday 17 November (Algemene termijnenwet, SPEC version 2).
    LocalDate objectBy = notified.plusWeeks(6).plusDays(1);
    assertThatThrownBy(() -> refused.object(ObjectingParty.GUARDIANS, PO_DEADLINES, "guardians", objectBy.plusDays(1), "late"))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("R-DL-9");
    AdmissibilityApplication objected = refused.object(ObjectingParty.GUARDIANS, PO_DEADLINES, "guardians", objectBy, "disagree");
    Objection objection = objected.objection().orElseThrow();
    assertThat(objection.deadlines(PO_DEADLINES).get("decideBy")).isEqualTo(objectBy.plusWeeks(12));
    assertThat(objection.adviceRequestBy(PO_DEADLINES)).isEqualTo(objectBy.plusWeeks(2));
    AdmissibilityApplication decided = objected.decideObjection(false, "partnership", notified.plusWeeks(10), "advice followed");
    assertThat(decided.state()).isEqualTo(ApplicationState.OBJECTION_DISMISSED);
    assertThat(decided.objection().orElseThrow().upheld()).contains(false);
    assertThatThrownBy(() -> decided.decideObjection(true, "p", notified.plusWeeks(11), "")).isInstanceOf(TransitionRejectedException.class);
  }

  @Test
  void decisionLettersGoToSchoolGuardiansAndFirstChoiceSchool_R_DL_6() {
    AdmissibilityApplication a = DecisionFixtures.complete(underAssessment(), Optional.of(BrinCode.of("99PC00")))
        .grant(PO, 1, "c", RECEIVED.plusDays(20), "", LG_TERMS);
    assertThat(a.decisionRecipients()).containsExactly("school:99AA00", "guardians:s-1", "school:99PC00");
    AdmissibilityApplication refused = underAssessment().withDossier(Set.of(), List.of(), Optional.of(BrinCode.of("99PC00")))
        .scheduleHearing("c", RECEIVED.plusDays(8), "").refuse(PO, "c", RECEIVED.plusDays(20), "");
    assertThat(refused.decisionRecipients()).containsExactly("school:99AA00", "guardians:s-1");
  }

  @Test
  void stepsCannotGoBackInTime() {
    assertThatThrownBy(() -> underAssessment().scheduleHearing("c", RECEIVED, "")).hasMessageContaining("precede");
  }

  @Test
  void dossierCompletenessPerPolicy_R_TLV_2() {
    AdmissibilityApplication a = underAssessment().withDossier(EnumSet.of(DossierItem.EXPERT_ADVICE, DossierItem.GUARDIANS_VIEW), List.of(), Optional.empty());
    assertThat(a.missingDossierItems(PO.dossiers())).contains(DossierItem.NINE_QUESTIONS_ADDRESSED, DossierItem.EDUCATIONAL_REPORT,
        DossierItem.FIRST_CHOICE_SCHOOL).doesNotContain(DossierItem.EXPERT_ADVICE);
    AdmissibilityApplication pro = AdmissibilityApplication.submit(ApplicationId.of("p"), DecisionFixtures.VO, PartnershipId.of("vo"),
        DecisionFixtures.facts("s", Optional.of(Enrolment.open(BrinCode.of("99CC00"), SchoolType.VO, LocalDate.of(2024, 8, 1))),
            DecisionFixtures.school(SCHOOL, SchoolType.PRO), List.of(), List.of(SCHOOL)),
        Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.PRO, Optional.empty(), true, Optional.empty(), RECEIVED, "x");
    assertThat(pro.missingDossierItems(DecisionFixtures.VO.dossiers())).contains(DossierItem.STUDENT_VIEW, DossierItem.DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION);
    assertThat(pro.missingDossierItems(DecisionFixtures.ML.dossiers())).doesNotContain(DossierItem.STUDENT_VIEW);
  }

  @Test
  void expertAdviceRules_R_TLV_3() {
    ExpertAdvice fromSchool = new ExpertAdvice("e1", Profession.SOCIAL_WORKER, Optional.of(BrinCode.of("99AA01")), RECEIVED);
    ExpertAdvice ortho = new ExpertAdvice("e2", Profession.ORTHOPEDAGOGUE, Optional.empty(), RECEIVED);
    ExpertAdvice psych = new ExpertAdvice("e3", Profession.PSYCHOLOGIST, Optional.empty(), RECEIVED);
    assertThat(DecisionFixtures.ML.dossiers().adviceProblems(List.of(fromSchool, ortho), SCHOOL)).isEmpty();
    assertThat(DecisionFixtures.ML.dossiers().adviceProblems(List.of(fromSchool, psych), SCHOOL)).singleElement().asString().contains("ORTHOPEDAGOGUE");
    assertThat(DecisionFixtures.ML.dossiers().adviceProblems(List.of(ortho, fromSchool), SCHOOL)).isNotEmpty();
    assertThat(PO.dossiers().adviceProblems(List.of(fromSchool), SCHOOL)).hasSize(2);
    assertThat(PO.dossiers().adviceProblems(List.of(fromSchool, psych), SCHOOL)).isEmpty();
  }

  @Test
  void aCommitteeMemberOfTheApplyingSchoolDoesNotTakePart_R_TLV_3() {
    CommitteeMember ownSchool = new CommitteeMember("m1", Optional.of(BrinCode.of("99AA02")));
    CommitteeMember independent = new CommitteeMember("m2", Optional.empty());
    CommitteeMember other = new CommitteeMember("m3", Optional.of(BrinCode.of("99ZZ00")));
    AdmissionsCommittee bto = new AdmissionsCommittee("BTO", List.of(ownSchool, independent, other));
    assertThat(bto.independentOf(SCHOOL)).containsExactly(independent, other);
    assertThatThrownBy(() -> bto.checkReviewers(List.of(ownSchool, independent), SCHOOL, DecisionFixtures.ML.dossiers()))
        .hasMessageContaining("R-TLV-3");
    assertThatThrownBy(() -> bto.checkReviewers(List.of(independent), SCHOOL, DecisionFixtures.ML.dossiers()))
        .hasMessageContaining("at least 2");
    bto.checkReviewers(List.of(independent, other), SCHOOL, DecisionFixtures.ML.dossiers());
    bto.checkReviewers(List.of(independent), SCHOOL, PO.dossiers());
  }

  @Test
  void noGrantOnAnIncompleteDossier_R_TLV_2() {
    AdmissibilityApplication incomplete = underAssessment().withDossier(Set.of(DossierItem.EXPERT_ADVICE), DecisionFixtures.twoExperts(),
        Optional.empty());
    assertThatThrownBy(() -> incomplete.grant(PO, 1, "c", RECEIVED.plusDays(20), "", LG_TERMS))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-TLV-2");
          assertThat(e.missing()).contains("GUARDIANS_VIEW", "EDUCATIONAL_REPORT");
        });
  }

  @Test
  void noGrantOnShortExpertAdviceAndOneExpertTwiceIsOne_R_TLV_3_R_INT_7() {
    AdmissibilityApplication complete = underAssessment();
    ExpertAdvice once = DecisionFixtures.twoExperts().get(0);
    AdmissibilityApplication twice = complete.withDossier(complete.dossier(), List.of(once, once), Optional.empty());
    assertThatThrownBy(() -> twice.grant(PO, 1, "c", RECEIVED.plusDays(20), "", LG_TERMS))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("R-TLV-3");
          assertThat(e.missing()).singleElement().asString().contains("2 different experts, has 1");
        });
    assertThat(complete.grant(PO, 1, "c", RECEIVED.plusDays(20), "", LG_TERMS).state()).isEqualTo(ApplicationState.GRANTED);
  }

  @Test
  void vo2201AllowsLowOrMediumForLgWithoutAReason_R_TLV_5() {
    AdmissibilityApplication lg = DecisionFixtures.complete(submitted(SchoolType.VSO, Optional.of(SpecialNeedsType.LG)), Optional.empty())
        .acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED, "").advise(DecisionFixtures.VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED, "advice to grant");
    GrantTerms medium = new GrantTerms(LocalDate.of(2025, 10, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.of(FundingCategory.MEDIUM),
        Optional.empty());
    AdmissibilityApplication granted = lg.grant(DecisionFixtures.VO, 3, "c", RECEIVED.plusDays(20), "", medium);
    assertThat(granted.statement().orElseThrow().fundingCategory()).contains(FundingCategory.MEDIUM);
    assertThat(granted.statement().orElseThrow().categoryOverrideReason()).isEmpty();
    GrantTerms high = new GrantTerms(LocalDate.of(2025, 10, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.of(FundingCategory.HIGH),
        Optional.empty());
    assertThatThrownBy(() -> lg.grant(DecisionFixtures.VO, 3, "c", RECEIVED.plusDays(20), "", high)).hasMessageContaining("categoryOverrideReason");
  }
}
