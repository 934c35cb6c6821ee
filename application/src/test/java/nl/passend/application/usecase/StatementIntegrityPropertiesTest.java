package nl.passend.application.usecase;

import static nl.passend.application.usecase.World.ACC;
import static nl.passend.application.usecase.World.COMMITTEE;
import static nl.passend.application.usecase.World.SCHOOL_A;
import static nl.passend.application.usecase.World.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.decision.TrailEntry;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.time.SchoolYear;

/**
 * R-INT-4, R-INT-5 as a property over the use cases: whatever sequence of submissions (with or
 * without {@code renews}/{@code replaces}), steps, grants, objections and days passing people try,
 * every state Passend accepts has at most one statement in force per day for the student, no
 * statement ACTIVE after its last day, and no step dated after the clock. Steps the rules refuse are
 * part of the sequence: they must leave nothing behind.
 */
class StatementIntegrityPropertiesTest {
  private static final StudentId STUDENT = StudentId.of("s-1");

  /** One thing people try. */
  sealed interface Op permits Submit, Step, Advance {}

  /** A submission for SO or SBO, possibly renewing or replacing the student's latest statement. */
  record Submit(boolean so, int link) implements Op {}

  /** A step on the {@code app}-th application (modulo how many there are). */
  record Step(int app, int kind, int startOffset, int years) implements Op {}

  /** Days pass. */
  record Advance(int days) implements Op {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> submit = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(0, 1, 2, 2, 2)).as(Submit::new);
    Arbitrary<Op> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 18),
        Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 1)).as(Step::new);
    Arbitrary<Op> advance = Arbitraries.integers().between(0, 45).map(Advance::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, submit), net.jqwik.api.Tuple.of(8, step), net.jqwik.api.Tuple.of(2, advance)).list().ofMinSize(10).ofMaxSize(50);
  }

  @Property(tries = 200)
  void noSequenceOfActionsLeavesTwoStatementsInForceOrAStepAfterTheClock(@ForAll("ops") List<Op> ops) {
    World world = new World();
    world.student("s-1", "99AA00");
    List<AdmissibilityApplication> apps = new ArrayList<>();
    List<Op> all = new ArrayList<>();
    all.add(new Submit(true, 0));
    all.addAll(ops);
    for (Op op : all) {
      try {
        apply(world, apps, op);
      } catch (RuntimeException refused) {
        // A refusal by a rule, a stale version or bad terms: the property is about what is accepted.
      }
      check(world);
    }
    // How far the sequences got, in the test report: they must reach grants, replacements and objections.
    List<AdmissibilityStatement> issued = statements(world);
    net.jqwik.api.statistics.Statistics.label("statements").collect(Math.min(issued.size(), 3));
    net.jqwik.api.statistics.Statistics.label("replaced").collect(issued.stream().anyMatch(x -> x.replacement().isPresent()));
    net.jqwik.api.statistics.Statistics.label("revoked").collect(issued.stream().anyMatch(x -> x.status() == StatementStatus.REVOKED));
  }

  private static void apply(World world, List<AdmissibilityApplication> apps, Op op) {
    LocalDate today = world.clock.today();
    if (op instanceof Advance a) {
      world.clock.set(today.plusDays(a.days()));
    } else if (op instanceof Submit s) {
      {
        Optional<Long> latest = statements(world).stream().map(AdmissibilityStatement::number).max(Long::compare);
        Optional<Long> renews = s.link() == 1 ? latest : Optional.empty();
        Optional<Long> replaces = s.link() == 2 ? latest : Optional.empty();
        apps.add(world.passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(SCHOOL_A, PolicyId.of("po-22-01"), ACC, STUDENT,
            BrinCode.of("99AA00"), s.so() ? SchoolType.SO : SchoolType.SBO, s.so() ? Optional.of(SpecialNeedsType.LG) : Optional.empty(), false,
            today, renews, replaces)));
      }
    } else if (op instanceof Step s) {
      {
        // apps is never empty: every sequence starts with a submission.
        AdmissibilityApplication a = world.passend.applications().application(STAFF, apps.get(s.app() % apps.size()).id()).application();
        // Kinds 0-9 take the next step of the procedure, so that sequences reach grants, replacements and
        // objections; kinds 10-18 try one step whatever the state.
        int kind = s.kind() <= 9 ? progress(a) : s.kind() - 10;
        AdmissibilityApplication next = switch (kind) {
          case 0 -> act(world, a, Action.ACKNOWLEDGE, Optional.empty(), Optional.empty(), Optional.empty());
          case 1 -> act(world, a, Action.START_ASSESSMENT, Optional.empty(), Optional.empty(), Optional.empty());
          case 2 -> world.passend.applications().recordDossier(new RecordDossierUseCase.Command(COMMITTEE, a.id(), a.version(),
              SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().dossiers().required(),
              nl.passend.application.contract.ContractFixtures.twoExperts(BrinCode.of("99AA00"), today), Optional.empty()));
          case 3, 4 -> {
            LocalDate start = today.plusDays(s.startOffset());
            LocalDate end = SchoolYear.containing(start.plusDays(1)).lastDay().plusYears(s.years());
            yield act(world, a, Action.GRANT, Optional.of(new GrantTerms(start, Optional.of(end), Optional.empty(), Optional.empty())),
                Optional.empty(), Optional.empty());
          }
          case 5 -> act(world, a, Action.SCHEDULE_HEARING, Optional.empty(), Optional.empty(), Optional.empty());
          case 6 -> act(world, a, Action.REFUSE, Optional.empty(), Optional.empty(), Optional.empty());
          case 7 -> act(world, a, Action.OBJECT, Optional.empty(), Optional.of(ObjectingParty.GUARDIANS), Optional.empty());
          default -> act(world, a, Action.DECIDE_OBJECTION, Optional.empty(), Optional.empty(), Optional.of(s.startOffset() % 2 == 0));
        };
        apps.set(s.app() % apps.size(), next);
      }
    }
  }

  /** The kind of the next step of the procedure for the application's state. */
  private static int progress(AdmissibilityApplication a) {
    return switch (a.state()) {
      case SUBMITTED -> 0;
      case ACKNOWLEDGED -> 1;
      case UNDER_ASSESSMENT, HEARING -> a.expertAdvices().isEmpty() ? 2 : 3;
      case GRANTED, REFUSED, NOT_CONSIDERED -> 7;
      case OBJECTED -> 8;
      default -> 0;
    };
  }

  private static AdmissibilityApplication act(World world, AdmissibilityApplication a, Action action, Optional<GrantTerms> terms,
      Optional<ObjectingParty> party, Optional<Boolean> upheld) {
    return world.passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(STAFF, a.id(), a.version(), action, world.clock.today(),
        "property", terms, party, upheld));
  }

  private static List<AdmissibilityStatement> statements(World world) {
    return world.storage.applications().byStudent(STUDENT).stream().flatMap(a -> a.statement().stream()).toList();
  }

  private static void check(World world) {
    LocalDate today = world.clock.today();
    List<AdmissibilityStatement> all = statements(world);
    for (AdmissibilityStatement s : all) {
      // Two periods overlap exactly when one starts within the other: counting on every start day suffices.
      long inForce = all.stream().filter(o -> o.validOn(s.startDate())).count();
      assertThat(inForce).as("statements in force on %s: %s", s.startDate(), all).isLessThanOrEqualTo(1);
      s.lastDay().filter(today::isAfter).ifPresent(last -> assertThat(s.statusOn(today)).isNotEqualTo(StatementStatus.ACTIVE));
    }
    for (AdmissibilityApplication a : world.storage.applications().byStudent(STUDENT)) {
      for (TrailEntry t : a.trail()) {
        assertThat(t.on()).as("a step of %s", a.id()).isBeforeOrEqualTo(today);
      }
    }
  }
}
