package nl.passend.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.application.Passend;
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

/**
 * A candidate whose LWOO delay threshold (vo-31-02, criteria of 2020: a delay of 25% up to 50%) moves
 * up by one point, to 26%, changes only assessments with a domain right at the old boundary (a delay
 * of 25% up to 26%). Catches a simulation that evaluates the candidate on other facts, mixes up
 * cases, or counts a case whose outcome did not change.
 */
class PolicySimulationPropertiesTest {
  private static final PolicyId VO_31_02 = PolicyId.of("vo-31-02");
  private static final PartnershipId ML = PartnershipId.of("ml-vo");
  private static final Actor STAFF = Actor.of(Role.PARTNERSHIP_STAFF, "ml-vo");
  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);

  /** DLEs of the four domains at DL 60, around the 25% boundary (DLE 45). */
  @Provide
  Arbitrary<List<Map<LearningDomain, Integer>>> cases() {
    Arbitrary<Integer> dle = Arbitraries.oneOf(Arbitraries.integers().between(43, 47), Arbitraries.integers().between(20, 60));
    Arbitrary<Map<LearningDomain, Integer>> one = Combinators.combine(dle, dle, dle, dle).as((a, b, c, d) -> {
      Map<LearningDomain, Integer> m = new LinkedHashMap<>();
      m.put(LearningDomain.ARITHMETIC, a);
      m.put(LearningDomain.READING_COMPREHENSION, b);
      m.put(LearningDomain.TECHNICAL_READING, c);
      m.put(LearningDomain.SPELLING, d);
      return m;
    });
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 25)
  void movingTheDelayThresholdByOnePointChangesOnlyCasesAtThatBoundary(@ForAll("cases") List<Map<LearningDomain, Integer>> cases) {
    InMemoryStorage storage = new InMemoryStorage();
    Passend passend = new Passend(storage, new MutableClock(LocalDate.of(2025, 6, 1)), new SequentialIdGenerator(),
        new InMemorySchoolCalendarSource());
    Actor admin = Actor.administrator();
    passend.organisation().register(new RegisterPartnershipUseCase.Command(admin, ML, "Invented VO", Sector.VO, "test", VO_31_02));
    passend.organisation().register(new RegisterBoardUseCase.Command(admin, BoardId.of("vb"), "VO board", Set.of(ML)));
    passend.organisation().register(new RegisterSchoolUseCase.Command(admin, BrinCode.of("99VO00"), "VO school", BoardId.of("vb"), SchoolType.VO,
        Optional.empty(), Set.of()));
    Set<String> atBoundary = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      String student = "s-" + i;
      passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ML,
          List.of(new ImportStudentsUseCase.Row(2, student, "2011-09-01", "99VO00", "VO", "2023-08-01", ""))));
      Assessment facts = Assessment.on(DECIDED.minusDays(20)).withDateOfBirth(LocalDate.of(2011, 9, 1));
      for (Map.Entry<LearningDomain, Integer> e : cases.get(i).entrySet()) {
        facts = facts.withDomain(e.getKey(), 60, e.getValue());
      }
      var submitted = passend.lwooDesignations().submit(new DecideLwooDesignationUseCase.Submit(STAFF, ML, StudentId.of(student),
          BrinCode.of("99VO00"), DECIDED.minusDays(10), facts));
      LwooDesignation d = submitted.designation();
      boolean eligible = submitted.evaluation().outcome() == Outcome.ELIGIBLE;
      passend.lwooDesignations().act(new DecideLwooDesignationUseCase.Act(STAFF, d.id(), d.version(),
          eligible ? LwooDesignation.Step.GRANT : LwooDesignation.Step.REFUSE, DECIDED, "decided", Optional.of(DECIDED), Optional.empty(),
          Optional.empty()));
      // A delay from 25% up to 26% at DL 60 is a DLE of exactly 45.
      if (cases.get(i).containsValue(45)) {
        atBoundary.add(d.id());
      }
    }
    var result = passend.simulations().simulate(new SimulatePolicyUseCase.Command(STAFF, VO_31_02, candidateWithLowerBound(26),
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(result.evaluated()).isEqualTo(cases.size());
    assertThat(result.examples()).extracting(SimulatePolicyUseCase.Example::caseId).allMatch(atBoundary::contains);
    assertThat(result.changed()).isLessThanOrEqualTo(atBoundary.size());
  }

  /** The property is not vacuous: two key domains at exactly 25% move from ELIGIBLE, one point further does not. */
  @net.jqwik.api.Example
  void aCaseRightAtTheBoundaryDoesChange() {
    Map<LearningDomain, Integer> atBoundary = new LinkedHashMap<>(Map.of(LearningDomain.ARITHMETIC, 45, LearningDomain.READING_COMPREHENSION, 45,
        LearningDomain.TECHNICAL_READING, 60, LearningDomain.SPELLING, 60));
    Map<LearningDomain, Integer> further = new LinkedHashMap<>(Map.of(LearningDomain.ARITHMETIC, 44, LearningDomain.READING_COMPREHENSION, 44,
        LearningDomain.TECHNICAL_READING, 60, LearningDomain.SPELLING, 60));
    PartnershipPolicy current = SeedPolicies.find(VO_31_02).orElseThrow();
    PartnershipPolicy candidate = candidateWithLowerBound(26);
    Assessment onTheLine = Assessment.on(DECIDED).withDateOfBirth(LocalDate.of(2011, 9, 1));
    Assessment beyond = onTheLine;
    for (LearningDomain d : LearningDomain.values()) {
      onTheLine = onTheLine.withDomain(d, 60, atBoundary.get(d));
      beyond = beyond.withDomain(d, 60, further.get(d));
    }
    assertThat(current.eligibility().evaluate(Scheme.LWOO, onTheLine).orElseThrow().outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(candidate.eligibility().evaluate(Scheme.LWOO, onTheLine).orElseThrow().outcome()).isNotEqualTo(Outcome.ELIGIBLE);
    assertThat(candidate.eligibility().evaluate(Scheme.LWOO, beyond).orElseThrow().outcome())
        .isEqualTo(current.eligibility().evaluate(Scheme.LWOO, beyond).orElseThrow().outcome());
  }

  /** vo-31-02 with the lower bound of its 2020 LWOO delays moved. */
  private static PartnershipPolicy candidateWithLowerBound(int low) {
    return nl.passend.application.testing.PolicyVariants.withLwooLowerDelay(SeedPolicies.find(VO_31_02).orElseThrow(), low);
  }
}
