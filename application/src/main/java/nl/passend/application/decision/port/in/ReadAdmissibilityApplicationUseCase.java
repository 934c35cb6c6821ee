package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.organisation.PartnershipId;

/** Aanvraag inzien en verklaringen opvragen. */
public interface ReadAdmissibilityApplicationUseCase {
  /** The application with its deadlines; for staff and committee of the partnership, and staff or officers of the applying school. */
  AdmissibilityApplicationView application(Actor actor, ApplicationId id);

  /** A view of an application already loaded (after a step), with its deadlines. */
  AdmissibilityApplicationView view(nl.passend.domain.decision.AdmissibilityApplication application);

  /**
   * The committee's inbox: the partnership's applications that the actor may read (all for its staff
   * and committee, except those of a committee member's own school; those of its schools for school
   * staff and board officers), optionally in one state and with the next deadline before a day,
   * ordered by next deadline (undecided first, soonest first). Refused before anything is read for
   * any other actor.
   */
  List<ApplicationSummary> applications(Actor actor, PartnershipId partnership, java.util.Optional<nl.passend.domain.decision.ApplicationState> state,
      java.util.Optional<LocalDate> dueBefore);

  /**
   * The policy's scheme for the application (by its school type and special-needs type) evaluated now
   * on the assessment kept with it, for those who may read the application.
   *
   * @throws nl.passend.application.common.NotFoundException when no assessment is kept with it, or the policy has no scheme for it
   */
  ApplicationEligibility eligibility(Actor actor, nl.passend.domain.decision.ApplicationId id);

  /**
   * The decision letter of the application (R-DL-6), rendered, for those who may read it.
   *
   * @throws nl.passend.domain.common.RuleViolationException naming R-DL-6 while the application is not decided
   */
  LetterDocument decisionLetter(Actor actor, nl.passend.domain.decision.ApplicationId id);

  /** How far each decision letter of the application got in the outbox (R-DL-6), oldest first, without the addressees' personal data. */
  java.util.List<nl.passend.application.letters.port.in.LetterDelivery> letterDeliveries(Actor actor, nl.passend.domain.decision.ApplicationId id);

  /** The statements of the partnership ending before the date (R-TLV-7); for its staff and committee. */
  List<StatementView> statementsEndingBefore(Actor actor, PartnershipId partnership, LocalDate date);
}
