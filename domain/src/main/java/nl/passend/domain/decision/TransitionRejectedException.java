package nl.passend.domain.decision;

import nl.passend.domain.common.RuleViolationException;

/**
 * Ongeldige stap: an action the application's state does not allow (SPEC §5.2), such as a refusal
 * without a hearing first (R-DL-5).
 */
public class TransitionRejectedException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  private final ApplicationState state;
  private final Action action;

  /** Creates the rejection. */
  public TransitionRejectedException(String ruleId, ApplicationState state, Action action, String why) {
    super(ruleId, "cannot " + action.apiName() + " an application that is " + state + ": " + why);
    this.state = state;
    this.action = action;
  }

  /** The state the application was in. */
  public ApplicationState state() {
    return state;
  }

  /** The action that was refused. */
  public Action action() {
    return action;
  }
}
