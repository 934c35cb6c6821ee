package nl.passend.application.decision.port.in;

import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.eligibility.Assessment;

/**
 * Toetsgegevens vastleggen: the assessment facts an application is decided on, entered by hand (an
 * OSO dossier attaches them too), kept with the application and changed only with the version read,
 * until the decision (issue 21).
 */
public interface RecordAssessmentUseCase {
  /**
   * The command.
   *
   * @param actor who records (partnership staff, a committee member of the partnership, or staff of the applying school or its board)
   * @param id the application
   * @param expectedVersion the assessment's version the caller read (its ETag), 0 when there is none yet, or
   *     {@link nl.passend.application.common.Versions#NOT_GIVEN} to create one only where none is kept
   * @param assessment the facts
   */
  record Command(Actor actor, ApplicationId id, long expectedVersion, Assessment assessment) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      Validation.present(assessment, "assessment");
    }
  }

  /**
   * Keeps the facts and answers the application's eligibility on them.
   *
   * @throws nl.passend.application.common.StaleVersionException when the kept facts changed since they were read
   * @throws nl.passend.application.common.PreconditionRequiredException when facts are kept and no version was given
   * @throws nl.passend.domain.common.RuleViolationException once the application is decided
   */
  ApplicationEligibility recordAssessment(Command command);
}
