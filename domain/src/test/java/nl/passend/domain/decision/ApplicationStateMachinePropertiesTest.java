package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * Stateful property: any sequence of steps either succeeds as the diagram of SPEC §5.2 says, or is
 * rejected with a reason, and never leaves the application in a state outside the diagram.
 */
class ApplicationStateMachinePropertiesTest {

  /** The diagram of SPEC §5.2, written here independently of the aggregate. */
  private static final Map<Action, Set<ApplicationState>> ALLOWED_FROM = Map.ofEntries(
      Map.entry(Action.ACKNOWLEDGE, EnumSet.of(ApplicationState.SUBMITTED)),
      Map.entry(Action.REQUEST_INFORMATION, EnumSet.of(ApplicationState.ACKNOWLEDGED)),
      Map.entry(Action.RECEIVE_INFORMATION, EnumSet.of(ApplicationState.INFORMATION_REQUESTED)),
      Map.entry(Action.START_ASSESSMENT, EnumSet.of(ApplicationState.ACKNOWLEDGED)),
      Map.entry(Action.SCHEDULE_HEARING, EnumSet.of(ApplicationState.UNDER_ASSESSMENT)),
      Map.entry(Action.GRANT, EnumSet.of(ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING)),
      Map.entry(Action.REFUSE, EnumSet.of(ApplicationState.HEARING)),
      Map.entry(Action.NOT_CONSIDER, EnumSet.of(ApplicationState.HEARING)),
      Map.entry(Action.OBJECT, EnumSet.of(ApplicationState.GRANTED, ApplicationState.REFUSED, ApplicationState.NOT_CONSIDERED)),
      Map.entry(Action.DECIDE_OBJECTION, EnumSet.of(ApplicationState.OBJECTED)));

  private static final Map<Action, ApplicationState> TARGET = Map.of(
      Action.ACKNOWLEDGE, ApplicationState.ACKNOWLEDGED,
      Action.REQUEST_INFORMATION, ApplicationState.INFORMATION_REQUESTED,
      Action.RECEIVE_INFORMATION, ApplicationState.ACKNOWLEDGED,
      Action.START_ASSESSMENT, ApplicationState.UNDER_ASSESSMENT,
      Action.SCHEDULE_HEARING, ApplicationState.HEARING,
      Action.GRANT, ApplicationState.GRANTED,
      Action.REFUSE, ApplicationState.REFUSED,
      Action.NOT_CONSIDER, ApplicationState.NOT_CONSIDERED,
      Action.OBJECT, ApplicationState.OBJECTED);

  /** The system under test and what the model expects of it. */
  static final class Run {
    AdmissibilityApplication application = DecisionFixtures.complete(DecisionFixtures.submitted(SchoolType.SO, Optional.of(SpecialNeedsType.ZML)), Optional.empty());
    LocalDate day = DecisionFixtures.RECEIVED;
    int accepted = 1;
    int rejected;

    @Override
    public String toString() {
      return application.state() + " after " + accepted + " steps";
    }
  }

  @Property(tries = 300)
  void everyPathSucceedsOrIsRejectedWithAReason(@ForAll("chains") ActionChain<Run> chain) {
    chain.withInvariant("state within the diagram and trail complete", run -> {
      assertThat(ApplicationState.values()).contains(run.application.state());
      assertThat(run.application.trail()).hasSize(run.accepted);
      assertThat(run.application.statement().isPresent()).isEqualTo(run.application.trail().stream().anyMatch(t -> t.action() == Action.GRANT));
    }).run();
  }

  @Provide
  Arbitrary<ActionChain<Run>> chains() {
    net.jqwik.api.state.ActionChainArbitrary<Run> chains = ActionChain.startWith(Run::new);
    for (Action action : ALLOWED_FROM.keySet()) {
      chains = chains.withAction((net.jqwik.api.state.Action.Independent<Run>) () -> Arbitraries.of(true, false).map(flag ->
          Transformer.mutate(action.apiName(), run -> attempt(run, action, flag))));
    }
    return chains.withMaxTransformations(25);
  }

  private static void attempt(Run run, Action action, boolean flag) {
    ApplicationState before = run.application.state();
    boolean allowed = ALLOWED_FROM.get(action).contains(before);
    run.day = run.day.plusDays(1);
    try {
      AdmissibilityApplication next = perform(run.application, action, run.day, flag);
      assertThat(allowed).as("%s from %s should have been rejected", action, before).isTrue();
      ApplicationState expected = action == Action.DECIDE_OBJECTION
          ? (flag ? ApplicationState.UNDER_ASSESSMENT : ApplicationState.OBJECTION_DISMISSED)
          : TARGET.get(action);
      assertThat(next.state()).isEqualTo(expected);
      run.application = next;
      run.accepted++;
    } catch (RuleViolationException rejection) {
      assertThat(allowed).as("%s from %s was rejected: %s", action, before, rejection.getMessage()).isFalse();
      assertThat(rejection.ruleId()).isNotBlank();
      assertThat(rejection.getMessage()).contains(action.apiName());
      assertThat(run.application.state()).isEqualTo(before);
      run.rejected++;
    }
  }

  private static AdmissibilityApplication perform(AdmissibilityApplication a, Action action, LocalDate on, boolean flag) {
    return switch (action) {
      case ACKNOWLEDGE -> a.acknowledge("c", on, "");
      case REQUEST_INFORMATION -> a.requestInformation("c", on, "");
      case RECEIVE_INFORMATION -> a.receiveInformation("c", on, "");
      case START_ASSESSMENT -> a.startAssessment("c", on, "");
      case SCHEDULE_HEARING -> a.scheduleHearing("c", on, "");
      case GRANT -> a.grant(DecisionFixtures.PO, 1, "c", on, "", new GrantTerms(on.plusDays(7),
          Optional.of(nl.passend.domain.time.SchoolYear.containing(on.plusDays(7)).lastDay().plusYears(1)), Optional.empty(), Optional.empty()));
      case REFUSE -> a.refuse(DecisionFixtures.PO, "c", on, "");
      case NOT_CONSIDER -> a.notConsider(DecisionFixtures.PO, "c", on, "");
      case OBJECT -> a.object(flag ? ObjectingParty.GUARDIANS : ObjectingParty.BOARD, DecisionFixtures.PO_DEADLINES, "g", on, "");
      case DECIDE_OBJECTION -> a.decideObjection(flag, "p", on, "");
      default -> throw new IllegalArgumentException(action.toString());
    };
  }
}
