package nl.passend.domain.decision;

import java.util.Optional;

/** Handeling: a step of the procedure, with its name in the API ({@code POST /applications/{id}/{action}}). */
public enum Action {
  /** Submit the application. */
  SUBMIT("submit"),
  /** Acknowledge receipt (R-DL-1). */
  ACKNOWLEDGE("acknowledge"),
  /** Request missing information (R-DL-2). */
  REQUEST_INFORMATION("request-information"),
  /** Record that the information arrived. */
  RECEIVE_INFORMATION("receive-information"),
  /** Extend the decision term (R-DL-3). */
  EXTEND("extend"),
  /** Start the assessment. */
  START_ASSESSMENT("start-assessment"),
  /** Offer a hearing (R-DL-5). */
  SCHEDULE_HEARING("schedule-hearing"),
  /** Record the committee's advice, in a policy with an advice step (R-DL-3). */
  ADVISE("advise"),
  /** Grant: issue a statement. */
  GRANT("grant"),
  /** Refuse, after a hearing. */
  REFUSE("refuse"),
  /** Not take into consideration, after a hearing. */
  NOT_CONSIDER("not-consider"),
  /** Object to the decision (R-DL-9). */
  OBJECT("object"),
  /** Decide the objection. */
  DECIDE_OBJECTION("decide-objection"),
  /**
   * Recorded on a granted application when a later statement replaces its statement (R-INT-4,
   * R-TLV-9): the statement ends the day before the new one starts. Not a step people take; it
   * follows from the grant of the replacing application.
   */
  STATEMENT_REPLACED("statement-replaced");

  private final String apiName;

  Action(String apiName) {
    this.apiName = apiName;
  }

  /** Whether people take this step on the application itself (not the submission, not a recorded consequence). */
  public boolean isProcedureStep() {
    return this != SUBMIT && this != STATEMENT_REPLACED;
  }

  /** The name in the API path. */
  public String apiName() {
    return apiName;
  }

  /** The action with this API name. */
  public static Optional<Action> fromApiName(String name) {
    for (Action a : values()) {
      if (a.apiName.equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
