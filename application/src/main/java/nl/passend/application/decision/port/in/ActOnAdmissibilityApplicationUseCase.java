package nl.passend.application.decision.port.in;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.ObjectingParty;

/**
 * Stap in de procedure: every transition of SPEC §5.2 (acknowledge, request and receive information,
 * extend, start the assessment, schedule a hearing, grant, refuse, not consider, object, decide the
 * objection), by staff or committee members of the partnership.
 */
public interface ActOnAdmissibilityApplicationUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param id the application
   * @param expectedVersion the version the caller read (If-Match)
   * @param action the step
   * @param on the day it is taken; empty for today (the Clock port)
   * @param reason why
   * @param grant for {@code GRANT}, the terms
   * @param objectingParty for {@code OBJECT}, who objects
   * @param upheld for {@code DECIDE_OBJECTION}, the outcome
   * @param advice for {@code ADVISE}, what the committee advises (R-DL-3)
   * @param addressees for a step that decides, who receives the decision letter by e-mail (R-DL-6); empty keeps the letter to be fetched
   */
  record Command(Actor actor, ApplicationId id, long expectedVersion, Action action, Optional<LocalDate> on, String reason,
      Optional<GrantTerms> grant, Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld,
      Optional<nl.passend.domain.decision.CommitteeAdvice.Outcome> advice,
      List<nl.passend.application.letters.port.in.Addressee> addressees) {
    /** Validates the command: each action carries what it needs; only a step that decides has addressees for its letter. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      Validation.present(action, "action");
      Validation.require(action != Action.SUBMIT, "action", "submit is a use case of its own");
      Validation.present(on, "on");
      reason = reason == null ? "" : reason;
      Validation.present(grant, "grant");
      Validation.present(objectingParty, "by");
      Validation.present(upheld, "upheld");
      Validation.require(action != Action.GRANT || grant.isPresent(), "startDate", "a grant names the statement's start date");
      Validation.require(action != Action.OBJECT || objectingParty.isPresent(), "by", "an objection names who objects: GUARDIANS or BOARD");
      Validation.require(action != Action.DECIDE_OBJECTION || upheld.isPresent(), "upheld", "a decision on an objection says whether it is upheld");
      Validation.present(advice, "advice");
      Validation.require(action != Action.ADVISE || advice.isPresent(), "advice", "the committee's advice is GRANT or REFUSE");
      addressees = ImmutableList.copyOf(Validation.present(addressees, "addressees"));
      Validation.require(addressees.isEmpty() || AdmissibilityApplication.sendsDecisionLetter(action), "addressees",
          "only a step that decides sends a letter (R-DL-6): grant, refuse, not-consider, decide-objection");
    }

    /** A command whose decision letter, if any, is kept to be fetched rather than sent. */
    public Command(Actor actor, ApplicationId id, long expectedVersion, Action action, Optional<LocalDate> on, String reason,
        Optional<GrantTerms> grant, Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld,
        Optional<nl.passend.domain.decision.CommitteeAdvice.Outcome> advice) {
      this(actor, id, expectedVersion, action, on, reason, grant, objectingParty, upheld, advice, List.of());
    }

    /** A command taken on a given day. */
    public Command(Actor actor, ApplicationId id, long expectedVersion, Action action, LocalDate on, String reason,
        Optional<GrantTerms> grant, Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld,
        Optional<nl.passend.domain.decision.CommitteeAdvice.Outcome> advice) {
      this(actor, id, expectedVersion, action, Optional.of(on), reason, grant, objectingParty, upheld, advice);
    }

    /** A command without advice, taken on a given day. */
    public Command(Actor actor, ApplicationId id, long expectedVersion, Action action, LocalDate on, String reason,
        Optional<GrantTerms> grant, Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld) {
      this(actor, id, expectedVersion, action, Optional.of(on), reason, grant, objectingParty, upheld, Optional.empty());
    }
  }

  /** Takes the step and returns the application at its new version. */
  AdmissibilityApplication act(Command command);
}
