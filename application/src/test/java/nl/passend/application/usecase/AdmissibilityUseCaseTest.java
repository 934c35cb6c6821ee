package nl.passend.application.usecase;

import static nl.passend.application.usecase.World.ACC;
import static nl.passend.application.usecase.World.ADMIN;
import static nl.passend.application.usecase.World.AUDITOR;
import static nl.passend.application.usecase.World.BOARD_1;
import static nl.passend.application.usecase.World.BOARD_2;
import static nl.passend.application.usecase.World.COMMITTEE;
import static nl.passend.application.usecase.World.COMMITTEE_OF_SCHOOL_A;
import static nl.passend.application.usecase.World.OTHER_STAFF;
import static nl.passend.application.usecase.World.SCHOOL_A;
import static nl.passend.application.usecase.World.SCHOOL_B;
import static nl.passend.application.usecase.World.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.out.OutboxLetter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ApplicationState;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.TransitionRejectedException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class AdmissibilityUseCaseTest {
  private static final List<Addressee> ADDRESSEES = List.of(new Addressee(Addressee.Role.SCHOOL, "De school", "school@example.org"),
      new Addressee(Addressee.Role.GUARDIANS, "De ouders", "ouders@example.org"));

  private final World world = new World();
  private static final LocalDate RECEIVED = World.TODAY;

  AdmissibilityUseCaseTest() {
    world.student("s-1", "99AA00");
    // The steps of these tests are dated up to 60 days after receipt; today is after them (R-INT-5).
    world.clock.set(RECEIVED.plusDays(90));
  }

  private AdmissibilityApplication submit(Actor actor, String school) {
    return world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(actor, PolicyId.of("po-22-01"), ACC, StudentId.of("s-1"),
        BrinCode.of(school), SchoolType.SO, Optional.of(SpecialNeedsType.LG), false, RECEIVED));
  }

  private AdmissibilityApplication act(Actor actor, AdmissibilityApplication a, Action action, int day) {
    return world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(actor, a.id(), a.version(), action, RECEIVED.plusDays(day),
        "step " + action, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void wholeLifecycleWithLettersAndAudit() {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    assertThat(a.version()).isEqualTo(1);
    a = act(COMMITTEE, a, Action.ACKNOWLEDGE, 2);
    a = act(STAFF, a, Action.START_ASSESSMENT, 5);
    a = world.passend.applications().recordDossier(new nl.passend.application.decision.port.in.RecordDossierUseCase.Command(COMMITTEE, a.id(),
        a.version(), nl.passend.domain.policy.SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().dossiers().required(),
        nl.passend.application.contract.ContractFixtures.twoExperts(BrinCode.of("99AA00"), RECEIVED), Optional.empty()));
    // R-INT-5: s-1 (born 2015-03-01) turns 14 in school year 2028-2029, so an SO statement ends by 31 July 2029.
    var dossier = a;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(COMMITTEE,
        dossier.id(), dossier.version(), Action.GRANT, Optional.of(RECEIVED.plusDays(20)), "criteria met", Optional.of(new GrantTerms(LocalDate.of(2025, 11, 1),
        Optional.of(LocalDate.of(2029, 8, 1)), Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(), Optional.empty(), ADDRESSEES)))
        .hasMessageContaining("endDate").hasMessageContaining("2029-07-31").hasMessageContaining("R-INT-5");
    // The refused grant rolled back, and its letters with it.
    assertThat(world.storage.letters().bySubject(a.id().value())).isEmpty();
    a = world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(COMMITTEE, a.id(), a.version(), Action.GRANT,
        Optional.of(RECEIVED.plusDays(20)), "criteria met", Optional.of(new GrantTerms(LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)),
        Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(), Optional.empty(), ADDRESSEES));
    assertThat(a.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(a.statement().orElseThrow().number()).isEqualTo(1);
    assertThat(a.statement().orElseThrow().fundingCategory()).contains(FundingCategory.MEDIUM);
    // R-DL-6: the decision letter waits in the outbox for the school and the guardians, written with the decision.
    assertThat(world.storage.letters().bySubject(a.id().value())).extracting(l -> l.kind(), l -> l.role(), l -> l.status())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DECISION_LETTER", Addressee.Role.SCHOOL, OutboxLetter.Status.PENDING),
            org.assertj.core.groups.Tuple.tuple("DECISION_LETTER", Addressee.Role.GUARDIANS, OutboxLetter.Status.PENDING));
    assertThat(new String(world.storage.letters().bySubject(a.id().value()).get(0).document().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("GRANTED", "Bezwaar tot en met");
    assertThat(world.passend.applications().letterDeliveries(SCHOOL_A, a.id())).hasSize(2);
    assertThat(world.passend.privacy().trail(STAFF, a.id().value())).extracting(e -> e.action())
        .containsExactly("application.submit", "application.acknowledge", "application.start-assessment", "application.dossier", "application.grant",
            "letter.queued");
    var view = world.passend.applications().application(SCHOOL_A, a.id());
    assertThat(view.deadlines().get("decideBy")).isEqualTo(RECEIVED.plusWeeks(4));
    assertThat(world.passend.applications().statementsEndingBefore(STAFF, ACC, LocalDate.of(2026, 8, 1))).hasSize(1);
  }

  /** Acknowledged, assessed and granted with a complete dossier, all dated {@code day} days after receipt or later. */
  private AdmissibilityApplication granted(AdmissibilityApplication a, int day, LocalDate start) {
    a = act(COMMITTEE, a, Action.ACKNOWLEDGE, day);
    a = act(STAFF, a, Action.START_ASSESSMENT, day + 1);
    a = world.passend.applications().recordDossier(new nl.passend.application.decision.port.in.RecordDossierUseCase.Command(COMMITTEE, a.id(),
        a.version(), nl.passend.domain.policy.SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().dossiers().required(),
        nl.passend.application.contract.ContractFixtures.twoExperts(BrinCode.of("99AA00"), RECEIVED), Optional.empty()));
    return world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(COMMITTEE, a.id(), a.version(), Action.GRANT,
        RECEIVED.plusDays(day + 2), "criteria met", Optional.of(new GrantTerms(start, Optional.of(LocalDate.of(2026, 7, 31)), Optional.empty(),
        Optional.empty())), Optional.empty(), Optional.empty()));
  }

  @Test
  void anSboStatementReplacesTheSoStatementInForce_R_INT_4_R_TLV_9() {
    AdmissibilityApplication so = granted(submit(SCHOOL_A, "99AA00"), 1, LocalDate.of(2025, 11, 1));
    long soNumber = so.statement().orElseThrow().number();
    // Without naming the statement it replaces, an SBO statement overlapping the SO one is refused.
    AdmissibilityApplication overlapping = world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(SCHOOL_A, PolicyId.of("po-22-01"),
        ACC, StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, RECEIVED.plusDays(10)));
    assertThatThrownBy(() -> granted(overlapping, 10, LocalDate.of(2026, 1, 5))).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.ruleId()).isEqualTo("R-INT-4"));
    // Naming it: the SO statement ends the day before the SBO statement starts, recorded in both trails.
    assertThatThrownBy(() -> world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(SCHOOL_A, PolicyId.of("po-22-01"), ACC,
        StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, RECEIVED.plusDays(20), Optional.empty(),
        Optional.of(99L)))).hasMessageContaining("replaces");
    AdmissibilityApplication sbo = world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(SCHOOL_A, PolicyId.of("po-22-01"), ACC,
        StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, RECEIVED.plusDays(20), Optional.empty(),
        Optional.of(soNumber)));
    assertThat(sbo.replaces()).contains(soNumber);
    sbo = granted(sbo, 20, LocalDate.of(2026, 1, 5));
    assertThat(sbo.state()).isEqualTo(ApplicationState.GRANTED);
    AdmissibilityApplication soAfter = world.passend.applications().application(STAFF, so.id()).application();
    assertThat(soAfter.statement().orElseThrow().lastDay()).contains(LocalDate.of(2026, 1, 4));
    assertThat(soAfter.statement().orElseThrow().endDate()).as("the planned end stays on record").contains(LocalDate.of(2026, 7, 31));
    assertThat(soAfter.statement().orElseThrow().statusOn(LocalDate.of(2026, 1, 5))).isEqualTo(nl.passend.domain.decision.StatementStatus.EXPIRED);
    assertThat(soAfter.trail().get(soAfter.trail().size() - 1).action()).isEqualTo(Action.STATEMENT_REPLACED);
    assertThat(soAfter.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(world.passend.privacy().trail(STAFF, so.id().value())).extracting(e -> e.action()).contains("application.statement-replaced");
  }

  @Test
  void whoMaySubmit_R_PRIV_1_R_TLV_1() {
    assertThat(submit(BOARD_1, "99AA00").state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(submit(STAFF, "99AA00").state()).isEqualTo(ApplicationState.SUBMITTED);
    for (Actor denied : List.of(SCHOOL_B, BOARD_2, OTHER_STAFF, COMMITTEE, AUDITOR, ADMIN)) {
      assertThatThrownBy(() -> submit(denied, "99AA00")).as(denied.reference()).isInstanceOf(AccessDeniedException.class);
    }
    // The board of another school may not apply for a student enrolled elsewhere (R-TLV-1).
    assertThatThrownBy(() -> submit(SCHOOL_B, "99BB00")).isInstanceOf(RuleViolationException.class).hasMessageContaining("R-TLV-1");
  }

  @Test
  void submissionChecksPolicyPartnershipAndStudent() {
    assertThatThrownBy(() -> world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(STAFF, PolicyId.of("vo-22-01"), ACC,
        StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SO, Optional.of(SpecialNeedsType.LG), false, RECEIVED)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("policyId");
    assertThatThrownBy(() -> world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(STAFF, PolicyId.of("po-22-01"), ACC,
        StudentId.of("nobody"), BrinCode.of("99AA00"), SchoolType.SO, Optional.of(SpecialNeedsType.LG), false, RECEIVED)))
        .hasMessageContaining("studentId");
  }

  @Test
  void aCommitteeMemberOfTheApplyingSchoolIsExcluded_R_PRIV_1_R_TLV_3() {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    assertThatThrownBy(() -> act(COMMITTEE_OF_SCHOOL_A, a, Action.ACKNOWLEDGE, 1)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("R-TLV-3");
    assertThatThrownBy(() -> world.passend.applications().application(COMMITTEE_OF_SCHOOL_A, a.id())).isInstanceOf(AccessDeniedException.class);
    for (Actor denied : List.of(SCHOOL_A, BOARD_1, OTHER_STAFF, AUDITOR, ADMIN)) {
      assertThatThrownBy(() -> act(denied, a, Action.ACKNOWLEDGE, 1)).as(denied.reference()).isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> world.passend.applications().application(SCHOOL_B, a.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(world.passend.applications().application(BOARD_1, a.id()).application().id()).isEqualTo(a.id());
  }

  @Test
  void aStaleVersionIsAConflictNotAnOverwrite() {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    act(COMMITTEE, a, Action.ACKNOWLEDGE, 1);
    assertThatThrownBy(() -> act(COMMITTEE, a, Action.ACKNOWLEDGE, 1)).isInstanceOf(StaleVersionException.class);
    assertThat(world.passend.privacy().trail(STAFF, a.id().value())).hasSize(2);
  }

  @Test
  void illegalStepsAreRejectedAndLeaveNothingBehind_R_DL_5() {
    AdmissibilityApplication a = act(STAFF, act(STAFF, submit(SCHOOL_A, "99AA00"), Action.ACKNOWLEDGE, 1), Action.START_ASSESSMENT, 2);
    assertThatThrownBy(() -> act(STAFF, a, Action.REFUSE, 3)).isInstanceOf(TransitionRejectedException.class).hasMessageContaining("R-DL-5");
    assertThat(world.passend.applications().application(STAFF, a.id()).application().version()).isEqualTo(a.version());
    assertThat(world.storage.letters().bySubject(a.id().value())).isEmpty();
  }

  @Test
  void factsEnteredByHandAreKeptWithTheVersionReadUntilTheDecision() {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    var facts = nl.passend.domain.eligibility.Assessment.on(RECEIVED.minusDays(10)).withIq(70);
    var first = world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(SCHOOL_A,
        a.id(), nl.passend.application.common.Versions.NOT_GIVEN, facts));
    assertThat(first.assessmentVersion()).isEqualTo(1);
    assertThat(first.assessment().iq()).contains(70);
    assertThatThrownBy(() -> world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(
        STAFF, a.id(), nl.passend.application.common.Versions.NOT_GIVEN, facts.withIq(80))))
        .isInstanceOf(nl.passend.application.common.PreconditionRequiredException.class);
    assertThatThrownBy(() -> world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(
        STAFF, a.id(), 0, facts.withIq(80)))).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(
        SCHOOL_B, a.id(), 1, facts.withIq(80)))).isInstanceOf(nl.passend.application.common.AccessDeniedException.class);
    assertThat(world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(STAFF, a.id(),
        1, facts.withIq(80))).assessment().iq()).contains(80);
    AdmissibilityApplication decided = act(STAFF, act(STAFF, act(STAFF, act(STAFF, a, Action.ACKNOWLEDGE, 1), Action.START_ASSESSMENT, 2),
        Action.SCHEDULE_HEARING, 3), Action.REFUSE, 10);
    assertThatThrownBy(() -> world.passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(
        STAFF, decided.id(), 2, facts))).hasMessageContaining("decided");
    assertThat(world.passend.applications().eligibility(STAFF, a.id()).assessment().iq()).contains(80);
  }

  @Test
  void onlyAStepThatDecidesHasAddressees_R_DL_6() {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    assertThatThrownBy(() -> world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(COMMITTEE, a.id(), a.version(),
        Action.ACKNOWLEDGE, Optional.of(RECEIVED.plusDays(1)), "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ADDRESSEES)))
        .hasMessageContaining("addressees").hasMessageContaining("R-DL-6");
  }

  @Test
  void objectionIsRecordedAndDecided_R_DL_9() {
    AdmissibilityApplication a = act(STAFF, act(STAFF, act(STAFF, submit(SCHOOL_A, "99AA00"), Action.ACKNOWLEDGE, 1), Action.START_ASSESSMENT, 2),
        Action.SCHEDULE_HEARING, 3);
    a = act(STAFF, a, Action.REFUSE, 10);
    a = world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(STAFF, a.id(), a.version(), Action.OBJECT, RECEIVED.plusDays(20),
        "guardians disagree", Optional.empty(), Optional.of(ObjectingParty.GUARDIANS), Optional.empty()));
    a = world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(STAFF, a.id(), a.version(), Action.DECIDE_OBJECTION,
        Optional.of(RECEIVED.plusDays(60)), "advice followed", Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty(),
        List.of(new Addressee(Addressee.Role.GUARDIANS, "Ouders", "ouders@example.org"))));
    // R-INT-3: upheld against a refusal, the application is assessed again and decided anew.
    assertThat(a.state()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(a.decidedOn()).isEmpty();
    assertThat(world.storage.letters().bySubject(a.id().value())).singleElement().extracting(OutboxLetter::role).isEqualTo(Addressee.Role.GUARDIANS);
  }

  @Test
  void fiftyConcurrentStepsOnOneVersion_oneWins() throws Exception {
    AdmissibilityApplication a = submit(SCHOOL_A, "99AA00");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new java.util.ArrayList<>();
      for (int i = 0; i < 50; i++) {
        tasks.add(() -> {
          try {
            act(COMMITTEE, a, Action.ACKNOWLEDGE, 1);
            return true;
          } catch (StaleVersionException | TransitionRejectedException lost) {
            return false;
          }
        });
      }
      long wins = 0;
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        wins += f.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(world.passend.privacy().trail(STAFF, a.id().value())).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
