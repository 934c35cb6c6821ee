package nl.passend.domain.decision;

import static nl.passend.domain.decision.DecisionFixtures.PO;
import static nl.passend.domain.decision.DecisionFixtures.RECEIVED;
import static nl.passend.domain.decision.DecisionFixtures.VO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import org.junit.jupiter.api.Test;

/**
 * The application cannot be built in a state its procedure does not reach (issue: the core's
 * integrity): one named case per invariant of {@code restore()}, and the order in which a step
 * answers (state first, then the terms, then the dossier, then the advice).
 */
class AdmissibilityApplicationIntegrityTest {
  private static final GrantTerms TERMS = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(),
      Optional.empty());

  /** A granted, objected and decided po-22-01 application with every component set. */
  private static AdmissibilityApplication full() {
    return DecisionFixtures.complete(DecisionFixtures.submitted(SchoolType.SO, Optional.of(SpecialNeedsType.LG)), Optional.of(BrinCode.of("99PC00")))
        .acknowledge("c", RECEIVED, "").requestInformation("c", RECEIVED.plusDays(1), "").receiveInformation("c", RECEIVED.plusDays(3), "")
        .extend(DecisionFixtures.PO_DEADLINES, "c", RECEIVED.plusDays(4), "").startAssessment("c", RECEIVED.plusDays(5), "")
        .grant(PO, 4, "c", RECEIVED.plusDays(9), "", TERMS)
        .object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "g", RECEIVED.plusDays(12), "")
        .decideObjection(false, "p", RECEIVED.plusDays(30), "").withVersion(3);
  }

  private static AdmissibilityApplication.Builder copy(AdmissibilityApplication a) {
    return AdmissibilityApplication.restore().id(a.id()).policy(a.policy()).partnership(a.partnership()).student(a.student())
        .applyingSchool(a.applyingSchool()).schoolType(a.schoolType()).specialNeedsType(a.specialNeedsType()).proSpecialRoute(a.proSpecialRoute())
        .renews(a.renews()).receivedOn(a.receivedOn()).state(a.state()).trail(a.trail()).dossier(a.dossier()).expertAdvices(a.expertAdvices())
        .firstChoiceSchool(a.firstChoiceSchool()).suspensions(a.suspensions()).extended(a.extended()).advice(a.advice())
        .decidedOn(a.decidedOn()).statement(a.statement()).objection(a.objection()).version(a.version());
  }

  private static void refused(UnaryOperator<AdmissibilityApplication.Builder> spoil, String field) {
    assertThatThrownBy(() -> spoil.apply(copy(full())).build()).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void restoringEveryComponentGivesTheSameApplication() {
    AdmissibilityApplication a = full();
    AdmissibilityApplication restored = copy(a).build();
    assertThat(restored).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(restored.toString()).isEqualTo("AdmissibilityApplication[app-1, OBJECTION_DISMISSED]");
    assertThat(restored.firstChoiceSchool()).contains(BrinCode.of("99PC00"));
    assertThat(restored.expertAdvices()).hasSize(2);
    assertThat(restored.suspensions()).hasSize(1);
    assertThat(restored.extended()).isTrue();
    assertThat(restored.version()).isEqualTo(3);
    assertThat(restored).isNotEqualTo(a.withVersion(4)).isNotEqualTo("app-1");
    assertThat(copy(a).firstChoiceSchool(Optional.empty()).build()).isNotEqualTo(a);
    assertThat(copy(a).dossier(java.util.Set.of()).build()).isNotEqualTo(a);
    assertThat(copy(a).expertAdvices(List.of()).build()).isNotEqualTo(a);
  }

  @Test
  void everyInvariantOfTheProcedureIsChecked() {
    AdmissibilityApplication a = full();
    refused(b -> b.state(ApplicationState.GRANTED), "state");
    refused(b -> b.statement(Optional.empty()), "statement");
    refused(b -> b.decidedOn(Optional.empty()), "decidedOn");
    refused(b -> b.decidedOn(Optional.of(RECEIVED.plusDays(8))), "decidedOn");
    refused(b -> b.extended(false), "extended");
    refused(b -> b.objection(Optional.empty()), "objection");
    refused(b -> b.suspensions(List.of()), "suspensions");
    refused(b -> b.suspensions(List.of(new Suspension(RECEIVED.plusDays(1), Optional.of(RECEIVED.plusDays(2))))), "suspensions");
    refused(b -> b.suspensions(List.of(new Suspension(RECEIVED.plusDays(2), Optional.of(RECEIVED.plusDays(3))))), "suspensions");
    refused(b -> b.advice(Optional.of(new CommitteeAdvice(CommitteeAdvice.Outcome.GRANT, RECEIVED, "c", ""))), "advice");
    refused(b -> b.receivedOn(RECEIVED.minusDays(1)), "trail");
    refused(b -> b.version(-1), "version");
    refused(b -> b.renews(Optional.of(0L)), "renews");
    refused(b -> b.proSpecialRoute(true), "proSpecialRoute");
    refused(b -> b.specialNeedsType(Optional.empty()), "specialNeedsType");
    refused(b -> b.schoolType(SchoolType.BO), "schoolType");
    // The trail itself: it starts with the submission on the day of receipt, in order, each step from a state that allows it.
    List<TrailEntry> trail = a.trail();
    refused(b -> b.trail(List.of()), "trail");
    refused(b -> b.trail(trail.subList(1, trail.size())), "trail");
    List<TrailEntry> backwards = new ArrayList<>(trail);
    backwards.set(2, new TrailEntry(backwards.get(2).action(), "c", RECEIVED.minusDays(1), ""));
    refused(b -> b.trail(backwards), "trail");
    List<TrailEntry> twice = new ArrayList<>(trail);
    twice.add(1, new TrailEntry(Action.SUBMIT, "s", RECEIVED, ""));
    refused(b -> b.trail(twice), "trail");
    List<TrailEntry> extendedTwice = new ArrayList<>(trail);
    extendedTwice.add(5, new TrailEntry(Action.EXTEND, "c", RECEIVED.plusDays(4), ""));
    refused(b -> b.trail(extendedTwice), "extended");
  }

  @Test
  void theStatementAndObjectionAreThoseOfTheirSteps() {
    AdmissibilityApplication a = full();
    AdmissibilityStatement s = a.statement().orElseThrow();
    AdmissibilityStatement otherDay = new AdmissibilityStatement(s.number(), s.partnership(), s.student(), s.schoolType(), s.specialNeedsType(),
        s.fundingCategory(), s.categoryOverrideReason(), s.issuedOn().plusDays(1), s.startDate(), s.endDate(), s.legalBasis(), s.status());
    refused(b -> b.statement(Optional.of(otherDay)), "statement");
    AdmissibilityStatement otherType = new AdmissibilityStatement(s.number(), s.partnership(), s.student(), SchoolType.SO,
        Optional.of(SpecialNeedsType.ZML), s.fundingCategory(), s.categoryOverrideReason(), s.issuedOn(), s.startDate(), s.endDate(), s.legalBasis(),
        s.status());
    refused(b -> b.statement(Optional.of(otherType)), "statement");
    AdmissibilityStatement otherPartnership = new AdmissibilityStatement(s.number(), PartnershipId.of("elsewhere"), s.student(), s.schoolType(),
        s.specialNeedsType(), s.fundingCategory(), s.categoryOverrideReason(), s.issuedOn(), s.startDate(), s.endDate(), s.legalBasis(), s.status());
    refused(b -> b.statement(Optional.of(otherPartnership)), "statement");
    AdmissibilityStatement renewing = new AdmissibilityStatement(s.number(), s.partnership(), s.student(), s.schoolType(), s.specialNeedsType(),
        s.fundingCategory(), s.categoryOverrideReason(), s.issuedOn(), s.startDate(), s.endDate(), s.legalBasis(), s.status(), Optional.of(1L));
    refused(b -> b.statement(Optional.of(renewing)), "statement");
    Objection o = a.objection().orElseThrow();
    refused(b -> b.objection(Optional.of(new Objection(o.by(), o.receivedOn().plusDays(1), o.decisionNotifiedOn(), o.upheld(), o.decidedOn()))),
        "objection");
    refused(b -> b.objection(Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn().minusDays(1), o.upheld(), o.decidedOn()))),
        "objection");
    refused(b -> b.objection(Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn(), Optional.empty(), Optional.empty()))),
        "objection");
    refused(b -> b.objection(Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn(), o.upheld(),
        Optional.of(o.decidedOn().orElseThrow().plusDays(1))))), "objection");
    // The advice is dated its step.
    AdmissibilityApplication advised = DecisionFixtures.complete(DecisionFixtures.submitted(SchoolType.PRO, Optional.empty()), Optional.empty())
        .acknowledge("c", RECEIVED, "").startAssessment("c", RECEIVED, "").advise(VO, CommitteeAdvice.Outcome.GRANT, "cva", RECEIVED.plusDays(3), "");
    assertThatThrownBy(() -> copy(advised).advice(Optional.of(new CommitteeAdvice(CommitteeAdvice.Outcome.GRANT, RECEIVED.plusDays(4), "cva", "")))
        .build()).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advice"));
    List<TrailEntry> adviceTwice = new ArrayList<>(advised.trail());
    adviceTwice.add(new TrailEntry(Action.ADVISE, "cva", RECEIVED.plusDays(3), ""));
    assertThatThrownBy(() -> copy(advised).trail(adviceTwice).build()).hasMessageContaining("advises once");
    // An open suspension exists only while information is awaited.
    AdmissibilityApplication waiting = DecisionFixtures.underAssessment().withDossier(java.util.Set.of(), List.of(), Optional.empty());
    AdmissibilityApplication asked = DecisionFixtures.submitted(SchoolType.SBO, Optional.empty()).acknowledge("c", RECEIVED, "")
        .requestInformation("c", RECEIVED.plusDays(1), "");
    assertThat(asked.isSuspended()).isTrue();
    assertThat(waiting.isSuspended()).isFalse();
    List<TrailEntry> withoutReceipt = new ArrayList<>(full().trail());
    withoutReceipt.remove(3);
    assertThatThrownBy(() -> copy(full()).trail(withoutReceipt).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void stepsAnswerTheStateFirstThenTheTermsThenTheDossierThenTheAdvice() {
    AdmissibilityApplication submitted = DecisionFixtures.submitted(SchoolType.SO, Optional.of(SpecialNeedsType.LG));
    GrantTerms badEnd = new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 6, 30)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> submitted.grant(PO, 1, "c", RECEIVED, "", badEnd)).isInstanceOf(TransitionRejectedException.class);
    assertThatThrownBy(() -> submitted.refuse(PO, "c", RECEIVED, "")).isInstanceOf(TransitionRejectedException.class);
    assertThatThrownBy(() -> submitted.notConsider(PO, "c", RECEIVED, "")).isInstanceOf(TransitionRejectedException.class);
    assertThatThrownBy(() -> submitted.advise(VO, CommitteeAdvice.Outcome.GRANT, "c", RECEIVED, "")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("policy");
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().grant(VO, 1, "c", RECEIVED.plusDays(10), "", TERMS))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("policy"));
    AdmissibilityApplication hearing = DecisionFixtures.underAssessment().scheduleHearing("c", RECEIVED.plusDays(8), "");
    assertThatThrownBy(() -> hearing.refuse(VO, "c", RECEIVED.plusDays(10), "")).hasMessageContaining("policy");
    assertThatThrownBy(() -> hearing.notConsider(VO, "c", RECEIVED.plusDays(10), "")).hasMessageContaining("policy");
    assertThatThrownBy(() -> DecisionFixtures.submitted(SchoolType.SBO, Optional.empty()).extend(DecisionFixtures.PO_DEADLINES, "c", RECEIVED, ""))
        .isInstanceOf(TransitionRejectedException.class);
    assertThatThrownBy(() -> full().withDossier(java.util.Set.of(), List.of(), Optional.empty())).hasMessageContaining("decided");
    // R-INT-7: an advice dated after the day the dossier is filed is refused, naming each such advice.
    List<ExpertAdvice> advices = DecisionFixtures.twoExperts();
    assertThat(DecisionFixtures.underAssessment().fileDossier(java.util.Set.of(), advices, Optional.empty(), RECEIVED.minusDays(9))
        .expertAdvices()).hasSize(2);
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().fileDossier(java.util.Set.of(), advices, Optional.empty(), RECEIVED.minusDays(10)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("expertAdvices[1].givenOn");
          assertThat(e.reason()).contains("R-INT-7").doesNotContain("expertAdvices[0]");
        });
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().decisionRecipients()).hasMessageContaining("no decision");
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().acknowledge("c", RECEIVED.plusDays(20), ""))
        .isInstanceOf(TransitionRejectedException.class);
    assertThatThrownBy(() -> DecisionFixtures.underAssessment().scheduleHearing("c", RECEIVED.plusDays(1), "")).hasMessageContaining("precede");
  }

  @Test
  void theRenewedStatementMustBeTheNamedOneOfThisStudent() {
    AdmissibilityApplication renewal = AdmissibilityApplication.submit(ApplicationId.of("a"), DecisionFixtures.ML, PartnershipId.of("acc-po"),
        DecisionFixtures.enrolledAt("s-1", DecisionFixtures.SCHOOL, SchoolType.VO), Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.VSO,
        Optional.of(SpecialNeedsType.CLUSTER_4), false, Optional.of(7L), RECEIVED, "s");
    AdmissibilityApplication assessed = DecisionFixtures.complete(renewal, Optional.empty()).acknowledge("c", RECEIVED, "")
        .startAssessment("c", RECEIVED, "");
    AdmissibilityStatement otherStudent = new AdmissibilityStatement(7, PartnershipId.of("acc-po"), nl.passend.domain.student.StudentId.of("s-2"),
        SchoolType.VSO, Optional.of(SpecialNeedsType.CLUSTER_4), Optional.of(FundingCategory.LOW), Optional.empty(), LocalDate.of(2024, 5, 1),
        LocalDate.of(2024, 8, 1), Optional.of(LocalDate.of(2026, 7, 31)), "WVO art. 17a", StatementStatus.ACTIVE);
    GrantTerms next = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> assessed.grant(DecisionFixtures.ML, 8, Optional.of(otherStudent), "c", RECEIVED, "", next))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("renews"));
    AdmissibilityStatement pro = new AdmissibilityStatement(7, PartnershipId.of("acc-po"), nl.passend.domain.student.StudentId.of("s-1"),
        SchoolType.PRO, Optional.empty(), Optional.empty(), Optional.empty(), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1), Optional.empty(),
        "WVO art. 17a", StatementStatus.ACTIVE);
    assertThatThrownBy(() -> assessed.grant(DecisionFixtures.ML, 8, Optional.of(pro), "c", RECEIVED, "", next)).hasMessageContaining("PrO");
  }

  @Test
  void decisionLettersFollowTheDecidingSteps_R_DL_6() {
    for (Action a : Action.values()) {
      boolean decides = a == Action.GRANT || a == Action.REFUSE || a == Action.NOT_CONSIDER || a == Action.DECIDE_OBJECTION;
      assertThat(AdmissibilityApplication.sendsDecisionLetter(a)).as(a.name()).isEqualTo(decides);
    }
    AdmissibilityApplication sameSchool = DecisionFixtures.complete(DecisionFixtures.underAssessment(), Optional.of(DecisionFixtures.SCHOOL))
        .grant(PO, 1, "c", RECEIVED.plusDays(20), "", new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
            Optional.empty(), Optional.empty()));
    assertThat(sameSchool.decisionRecipients()).containsExactly("school:99AA00", "guardians:s-1");
    assertThat(sameSchool.decidedWithinTerm(DecisionFixtures.PO_DEADLINES)).contains(true);
    assertThat(sameSchool.clockStops()).isEmpty();
    assertThat(full().clockStops()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo(RECEIVED.plusDays(1)));
    AdmissibilityApplication late = DecisionFixtures.complete(DecisionFixtures.underAssessment(), Optional.empty())
        .grant(PO, 1, "c", RECEIVED.plusWeeks(6), "", new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
            Optional.empty(), Optional.empty()));
    assertThat(late.decidedWithinTerm(DecisionFixtures.PO_DEADLINES)).contains(false);
  }
}
