package nl.passend.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.decision.port.in.DecideLwooDesignationUseCase;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.simulation.port.in.SimulatePolicyUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.testing.MutableClock;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.InMemoryStorage;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.eligibility.EligibilityScheme;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/**
 * Policy simulation (issue 21) over LWOO designations of vo-31-02, which dropped the IQ criterion of
 * LWOO on 2020-01-01: its 2019 criteria (IQ 75-90, or 91-120 with social-emotional problems, plus the
 * delays) against those of 2020 (the delays only).
 */
class PolicySimulationUseCaseTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final PolicyId VO_31_02 = PolicyId.of("vo-31-02");
  private static final PartnershipId ML = PartnershipId.of("ml-vo");
  private static final Actor STAFF = Actor.of(Role.PARTNERSHIP_STAFF, "ml-vo");
  private final InMemoryStorage storage = new InMemoryStorage();
  private final Passend passend = new Passend(storage, new MutableClock(TODAY), new SequentialIdGenerator(),
      new InMemorySchoolCalendarSource());
  private final PartnershipPolicy current = SeedPolicies.find(VO_31_02).orElseThrow();

  PolicySimulationUseCaseTest() {
    Actor admin = Actor.administrator();
    passend.organisation().register(new RegisterPartnershipUseCase.Command(admin, ML, "Invented VO", Sector.VO, "test", VO_31_02));
    passend.organisation().register(new RegisterBoardUseCase.Command(admin, BoardId.of("vb"), "VO board", Set.of(ML)));
    passend.organisation().register(new RegisterSchoolUseCase.Command(admin, BrinCode.of("99VO00"), "VO school", BoardId.of("vb"), SchoolType.VO,
        Optional.empty(), Set.of()));
  }

  /** Submits and decides an LWOO request on these facts: granted when eligible, refused otherwise. */
  private String decided(String student, int iq, int arithmeticDle, LocalDate on) {
    passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ML,
        List.of(new ImportStudentsUseCase.Row(2, student, "2011-09-01", "99VO00", "VO", "2023-08-01", ""))));
    Assessment facts = Assessment.on(on.minusDays(20)).withDateOfBirth(LocalDate.of(2011, 9, 1)).withIq(iq)
        .withDomain(LearningDomain.ARITHMETIC, 60, arithmeticDle).withDomain(LearningDomain.READING_COMPREHENSION, 60, 42);
    var submitted = passend.lwooDesignations().submit(new DecideLwooDesignationUseCase.Submit(STAFF, ML, StudentId.of(student),
        BrinCode.of("99VO00"), on.minusDays(10), facts));
    LwooDesignation d = submitted.designation();
    boolean eligible = submitted.evaluation().outcome() == Outcome.ELIGIBLE;
    passend.lwooDesignations().act(new DecideLwooDesignationUseCase.Act(STAFF, d.id(), d.version(),
        eligible ? LwooDesignation.Step.GRANT : LwooDesignation.Step.REFUSE, on, "decided", Optional.of(on), Optional.empty(), Optional.empty()));
    return d.id();
  }

  /** vo-31-02 as it was in 2019: the LWOO scheme of 2020 taken out. */
  private PartnershipPolicy withLwooOf2019() {
    List<EligibilityScheme> schemes = new ArrayList<>();
    current.eligibility().versions().forEach((scheme, versions) -> versions.stream()
        .filter(v -> !(scheme == Scheme.LWOO && v.definition().effectiveFrom().getYear() >= 2020)).forEach(schemes::add));
    return nl.passend.domain.policy.ImmutablePartnershipPolicy.copyOf(current).withId(PolicyId.of("vo-31-02-candidate"))
        .withEligibility(EligibilityPolicy.of(schemes));
  }

  @Test
  void anIdenticalCandidateChangesNothing() {
    decided("s-1", 70, 40, LocalDate.of(2024, 3, 1));
    decided("s-2", 85, 40, LocalDate.of(2024, 3, 2));
    var result = passend.simulations().simulate(new SimulatePolicyUseCase.Command(STAFF, VO_31_02, current, LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31)));
    assertThat(result.evaluated()).isEqualTo(2);
    assertThat(result.changed()).isZero();
    assertThat(result.byScheme()).isEmpty();
    assertThat(result.examples()).isEmpty();
  }

  @Test
  void theLwooCriteriaOf2019Against2020MoveExactlyTheHandCountedAssessments() {
    // Delays of 33% (arithmetic) and 30% (reading comprehension): the delay criterion holds, except where noted.
    String iq70 = decided("s-1", 70, 40, LocalDate.of(2024, 3, 1));   // 2020: eligible; 2019: IQ below 75, not eligible
    decided("s-2", 85, 40, LocalDate.of(2024, 3, 2));                 // eligible under both
    String iq130 = decided("s-3", 130, 40, LocalDate.of(2024, 3, 3)); // 2020: eligible; 2019: IQ above 120, not eligible
    decided("s-4", 80, 40, LocalDate.of(2024, 3, 4));                 // eligible under both
    // No arithmetic delay: under 2020 only one of the two known domains is delayed, and the two domains
    // the dossier does not give might be, so INSUFFICIENT_EVIDENCE; under 2019 the IQ below 75 settles it.
    String noDelay = decided("s-5", 70, 60, LocalDate.of(2024, 3, 5));
    decided("s-6", 70, 40, LocalDate.of(2023, 3, 5));                 // decided before the window: not evaluated
    var result = passend.simulations().simulate(new SimulatePolicyUseCase.Command(STAFF, VO_31_02, withLwooOf2019(), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31)));
    assertThat(result.evaluated()).isEqualTo(5);
    assertThat(result.changed()).as("%s", result).isEqualTo(3);
    assertThat(result.byScheme()).isEqualTo(Map.of(Scheme.LWOO, Map.of("ELIGIBLE→NOT_ELIGIBLE", 2, "INSUFFICIENT_EVIDENCE→NOT_ELIGIBLE", 1)));
    assertThat(result.examples()).extracting(SimulatePolicyUseCase.Example::caseId).containsExactlyInAnyOrder(iq70, iq130, noDelay);
    assertThat(result.examples()).allSatisfy(e -> assertThat(e.rules()).isNotEmpty());
    assertThat(storage.auditLog().byPartnership(ML)).anySatisfy(e -> assertThat(e.action()).isEqualTo("policy.simulate"));
  }

  @Test
  void onlyStaffAndAuditorsOfAPartnershipThatFollowsThePolicySimulate() {
    var command = (java.util.function.Function<Actor, SimulatePolicyUseCase.Command>) actor -> new SimulatePolicyUseCase.Command(actor, VO_31_02,
        current, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(passend.simulations().simulate(command.apply(Actor.of(Role.AUDITOR, "ml-vo"))).evaluated()).isZero();
    for (Actor denied : List.of(Actor.of(Role.SCHOOL_STAFF, "99VO00"), Actor.committeeMember("ml-vo", Optional.empty()), Actor.administrator(),
        Actor.of(Role.PARTNERSHIP_STAFF, "other-vo"))) {
      assertThatThrownBy(() -> passend.simulations().simulate(command.apply(denied))).as(denied.reference()).isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> passend.simulations().simulate(new SimulatePolicyUseCase.Command(STAFF, PolicyId.of("po-22-01"), current,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))).isInstanceOf(AccessDeniedException.class);
  }
}
