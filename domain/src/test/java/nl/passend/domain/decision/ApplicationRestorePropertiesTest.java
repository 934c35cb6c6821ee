package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;

/**
 * Issue "the core's integrity": {@link AdmissibilityApplication#restore()} accepts only what the
 * procedure reaches. Random trails with components derived from them, then one component spoiled at
 * random: whatever the builder accepts is replayed step by step through the public methods from a
 * fresh submission and must come out the same. It would catch a builder that accepts a GRANTED
 * application without a statement, a refusal without a hearing, a decision date without a decision,
 * an open suspension after the information arrived, or a trail whose steps the diagram forbids.
 */
class ApplicationRestorePropertiesTest {
  private static final LocalDate RECEIVED = DecisionFixtures.RECEIVED;
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("acc-po");
  private static final StudentId STUDENT = StudentId.of("s-1");

  @Provide
  Arbitrary<List<Action>> trails() {
    return Arbitraries.oneOf(anyActions(), walks());
  }

  /** Walks through the diagram of SPEC §5.2, written here independently of the aggregate, so that many trails are valid. */
  private static Arbitrary<List<Action>> walks() {
    return Arbitraries.integers().between(0, 99).list().ofMaxSize(12).map(choices -> {
      List<Action> walk = new ArrayList<>();
      ApplicationState state = ApplicationState.SUBMITTED;
      boolean advised = false;
      boolean extended = false;
      for (int choice : choices) {
        List<Action> next = switch (state) {
          case SUBMITTED -> List.of(Action.ACKNOWLEDGE);
          case ACKNOWLEDGED -> List.of(Action.REQUEST_INFORMATION, Action.START_ASSESSMENT, Action.EXTEND);
          case INFORMATION_REQUESTED -> List.of(Action.RECEIVE_INFORMATION, Action.EXTEND);
          case UNDER_ASSESSMENT -> List.of(Action.SCHEDULE_HEARING, Action.GRANT, Action.ADVISE, Action.EXTEND);
          case HEARING -> List.of(Action.GRANT, Action.REFUSE, Action.NOT_CONSIDER, Action.ADVISE, Action.EXTEND);
          case GRANTED, REFUSED, NOT_CONSIDERED -> List.of(Action.OBJECT);
          case OBJECTED -> List.of(Action.DECIDE_OBJECTION);
          default -> List.<Action>of();
        };
        List<Action> open = new ArrayList<>(next);
        if (advised) {
          open.remove(Action.ADVISE);
        }
        if (extended) {
          open.remove(Action.EXTEND);
        }
        if (open.isEmpty()) {
          break;
        }
        Action a = open.get(choice % open.size());
        advised |= a == Action.ADVISE;
        extended |= a == Action.EXTEND;
        walk.add(a);
        state = switch (a) {
          case ACKNOWLEDGE, RECEIVE_INFORMATION -> ApplicationState.ACKNOWLEDGED;
          case REQUEST_INFORMATION -> ApplicationState.INFORMATION_REQUESTED;
          case START_ASSESSMENT -> ApplicationState.UNDER_ASSESSMENT;
          case SCHEDULE_HEARING -> ApplicationState.HEARING;
          case GRANT -> ApplicationState.GRANTED;
          case REFUSE -> ApplicationState.REFUSED;
          case NOT_CONSIDER -> ApplicationState.NOT_CONSIDERED;
          case OBJECT -> ApplicationState.OBJECTED;
          case DECIDE_OBJECTION -> ApplicationState.UNDER_ASSESSMENT;
          default -> state;
        };
      }
      return walk;
    });
  }

  private static Arbitrary<List<Action>> anyActions() {
    return Arbitraries.of(Action.ACKNOWLEDGE, Action.REQUEST_INFORMATION, Action.RECEIVE_INFORMATION, Action.EXTEND, Action.START_ASSESSMENT,
        Action.SCHEDULE_HEARING, Action.ADVISE, Action.GRANT, Action.REFUSE, Action.NOT_CONSIDER, Action.OBJECT, Action.DECIDE_OBJECTION)
        .list().ofMaxSize(7);
  }

  @Property(tries = 3000)
  void everyRestoredApplicationIsReachable(@ForAll("trails") List<Action> actions, @ForAll @IntRange(min = 0, max = 8) int spoil,
      @ForAll boolean upheld, @ForAll ApplicationState claimedState) {
    boolean vo = actions.contains(Action.ADVISE);
    SchoolType type = vo ? SchoolType.VSO : SchoolType.SO;
    Optional<SpecialNeedsType> needs = Optional.of(vo ? SpecialNeedsType.CLUSTER_4 : SpecialNeedsType.LG);
    AdmissibilityApplication.Builder b = derived(actions, vo ? DecisionFixtures.VO : DecisionFixtures.PO, type, needs, upheld, spoil, claimedState);
    Optional<AdmissibilityApplication> accepted;
    try {
      accepted = Optional.of(b.build());
    } catch (InvalidValueException refused) {
      accepted = Optional.empty(); // a refusal is always allowed; what is accepted must be reachable
    }
    Statistics.label("restore").collect(accepted.isPresent() ? "accepted" : "refused");
    accepted.ifPresent(restored -> assertReachable(restored, actions, vo, type, needs, upheld));
  }

  private static void assertReachable(AdmissibilityApplication restored, List<Action> actions, boolean vo, SchoolType type,
      Optional<SpecialNeedsType> needs, boolean upheld) {
    AdmissibilityApplication replayed = replay(actions, vo ? DecisionFixtures.VO : DecisionFixtures.PO, type, needs, upheld);
    assertThat(restored.state()).isEqualTo(replayed.state());
    assertThat(restored.decidedOn()).isEqualTo(replayed.decidedOn());
    assertThat(restored.statement().isPresent()).isEqualTo(replayed.statement().isPresent());
    assertThat(restored.objection()).isEqualTo(replayed.objection());
    assertThat(restored.suspensions()).isEqualTo(replayed.suspensions());
    assertThat(restored.extended()).isEqualTo(replayed.extended());
    assertThat(restored.advice().map(CommitteeAdvice::on)).isEqualTo(replayed.advice().map(CommitteeAdvice::on));
  }

  /** Components derived from the trail without checking it, then one of them spoiled. */
  private static AdmissibilityApplication.Builder derived(List<Action> actions, PartnershipPolicy policy, SchoolType type,
      Optional<SpecialNeedsType> needs, boolean upheld, int spoil, ApplicationState claimedState) {
    List<TrailEntry> trail = new ArrayList<>(List.of(new TrailEntry(Action.SUBMIT, "s", RECEIVED, "")));
    List<Suspension> suspensions = new ArrayList<>();
    ApplicationState state = ApplicationState.SUBMITTED;
    Optional<LocalDate> decided = Optional.empty();
    Optional<AdmissibilityStatement> statement = Optional.empty();
    Optional<Objection> objection = Optional.empty();
    Optional<CommitteeAdvice> advice = Optional.empty();
    boolean extended = false;
    LocalDate day = RECEIVED;
    for (Action a : actions) {
      day = day.plusDays(1);
      trail.add(new TrailEntry(a, "c", day, ""));
      switch (a) {
        case ACKNOWLEDGE, RECEIVE_INFORMATION -> state = ApplicationState.ACKNOWLEDGED;
        case REQUEST_INFORMATION -> state = ApplicationState.INFORMATION_REQUESTED;
        case START_ASSESSMENT -> state = ApplicationState.UNDER_ASSESSMENT;
        case SCHEDULE_HEARING -> state = ApplicationState.HEARING;
        case GRANT -> state = ApplicationState.GRANTED;
        case REFUSE -> state = ApplicationState.REFUSED;
        case NOT_CONSIDER -> state = ApplicationState.NOT_CONSIDERED;
        case OBJECT -> state = ApplicationState.OBJECTED;
        case DECIDE_OBJECTION -> state = upheld || laterObjection(actions, day, RECEIVED) ? ApplicationState.UNDER_ASSESSMENT
            : ApplicationState.OBJECTION_DISMISSED;
        default -> { }
      }
      if (a == Action.REQUEST_INFORMATION) {
        suspensions.add(new Suspension(day, Optional.empty()));
      } else if (a == Action.RECEIVE_INFORMATION && !suspensions.isEmpty()) {
        Suspension open = suspensions.remove(suspensions.size() - 1);
        suspensions.add(new Suspension(open.requestedOn(), Optional.of(day)));
      } else if (a == Action.EXTEND) {
        extended = true;
      } else if (a == Action.ADVISE) {
        advice = Optional.of(new CommitteeAdvice(CommitteeAdvice.Outcome.GRANT, day, "c", ""));
      } else if (a == Action.GRANT || a == Action.REFUSE || a == Action.NOT_CONSIDER) {
        decided = Optional.of(day);
        if (a == Action.GRANT) {
          statement = Optional.of(statement(type, needs, day));
        }
      } else if (a == Action.OBJECT && decided.isPresent()) {
        objection = Optional.of(new Objection(ObjectingParty.GUARDIANS, day, decided.get(), Optional.empty(), Optional.empty()));
      } else if (a == Action.DECIDE_OBJECTION && objection.isPresent()) {
        Objection o = objection.get();
        boolean outcome = upheld || laterObjection(actions, day, RECEIVED);
        objection = Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn(), Optional.of(outcome), Optional.of(day)));
        if (outcome) {
          // R-INT-3: the contested decision is revoked; a contested grant's statement with it.
          decided = Optional.empty();
          statement = statement.map(AdmissibilityStatement::revoked);
        }
      }
    }
    switch (spoil) {
      case 1 -> state = claimedState;
      case 2 -> statement = statement.isPresent() ? Optional.empty() : Optional.of(statement(type, needs, day));
      case 3 -> decided = decided.isPresent() ? Optional.empty() : Optional.of(day);
      case 4 -> extended = !extended;
      case 5 -> advice = advice.isPresent() ? Optional.empty() : Optional.of(new CommitteeAdvice(CommitteeAdvice.Outcome.REFUSE, day, "c", ""));
      case 6 -> objection = objection.isPresent() ? Optional.empty()
          : Optional.of(new Objection(ObjectingParty.BOARD, day, RECEIVED, Optional.empty(), Optional.empty()));
      case 7 -> suspensions = suspensions.isEmpty() ? List.of(new Suspension(RECEIVED, Optional.empty())) : List.of();
      default -> { }
    }
    return AdmissibilityApplication.restore().id(ApplicationId.of("app-1")).policy(policy.id()).partnership(PARTNERSHIP).student(STUDENT)
        .applyingSchool(DecisionFixtures.SCHOOL).schoolType(type).specialNeedsType(needs).receivedOn(RECEIVED).state(state).trail(trail)
        .suspensions(suspensions).extended(extended).advice(advice).decidedOn(decided).statement(statement).objection(objection)
        .version(spoil == 8 ? -1 : 1);
  }

  private static AdmissibilityStatement statement(SchoolType type, Optional<SpecialNeedsType> needs, LocalDate on) {
    return new AdmissibilityStatement(1, PARTNERSHIP, STUDENT, type, needs, Optional.of(FundingCategory.LOW), Optional.of("restored"), on,
        LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), AdmissibilityStatement.legalBasisFor(type), StatementStatus.ACTIVE);
  }

  /** Whether an objection follows the step taken on {@code day} (the steps are one day apart from {@code start}). */
  private static boolean laterObjection(List<Action> actions, LocalDate day, LocalDate start) {
    int index = (int) java.time.temporal.ChronoUnit.DAYS.between(start, day) - 1;
    return actions.subList(index + 1, actions.size()).contains(Action.OBJECT);
  }

  /** The same steps through the public methods, from a fresh submission. */
  private static AdmissibilityApplication replay(List<Action> actions, PartnershipPolicy policy, SchoolType type, Optional<SpecialNeedsType> needs,
      boolean upheld) {
    AdmissibilityApplication a = DecisionFixtures.complete(AdmissibilityApplication.submit(ApplicationId.of("app-1"), policy, PARTNERSHIP,
        DecisionFixtures.enrolledAt("s-1", DecisionFixtures.SCHOOL, type.sector() == policy.sector() && type == SchoolType.SO ? SchoolType.BO : SchoolType.VO),
        Applicant.BOARD_OF_ENROLLING_SCHOOL, type, needs, false, Optional.empty(), RECEIVED, "s"), Optional.empty());
    LocalDate day = RECEIVED;
    GrantTerms terms = new GrantTerms(LocalDate.of(2026, 8, 1), Optional.of(LocalDate.of(2027, 7, 31)), Optional.of(FundingCategory.LOW),
        Optional.of("restored"));
    for (Action action : actions) {
      day = day.plusDays(1);
      a = switch (action) {
        case ACKNOWLEDGE -> a.acknowledge("c", day, "");
        case REQUEST_INFORMATION -> a.requestInformation("c", day, "");
        case RECEIVE_INFORMATION -> a.receiveInformation("c", day, "");
        case EXTEND -> a.extend(DecisionFixtures.PO_DEADLINES, "c", day, "");
        case START_ASSESSMENT -> a.startAssessment("c", day, "");
        case SCHEDULE_HEARING -> a.scheduleHearing("c", day, "");
        case ADVISE -> a.advise(policy, CommitteeAdvice.Outcome.GRANT, "c", day, "");
        case GRANT -> a.grant(policy, 1, "c", day, "", terms);
        case REFUSE -> a.refuse(policy, "c", day, "");
        case NOT_CONSIDER -> a.notConsider(policy, "c", day, "");
        case OBJECT -> a.object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "c", day, "");
        // An objection followed by another was upheld (after a dismissal nothing follows); the flag decides the last.
        case DECIDE_OBJECTION -> a.decideObjection(upheld || laterObjection(actions, day, RECEIVED), "c", day, "");
        default -> throw new IllegalArgumentException(action.toString());
      };
    }
    return a;
  }
}
