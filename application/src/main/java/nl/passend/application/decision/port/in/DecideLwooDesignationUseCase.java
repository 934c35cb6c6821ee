package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/**
 * Aanwijzing LWOO (R-LWOO-1..3): submitted by the VO school's board (its staff, board officers, or
 * partnership staff) with an assessment; granted, refused, ended, registered with DUO and objected to
 * by partnership staff or committee members.
 */
public interface DecideLwooDesignationUseCase {
  /**
   * The submission.
   *
   * @param actor who asks
   * @param partnership the VO partnership
   * @param student the student
   * @param school the VO school that asks
   * @param receivedOn the day the request was received
   * @param assessment the assessment the policy's LWOO scheme evaluates
   */
  record Submit(Actor actor, PartnershipId partnership, StudentId student, BrinCode school, LocalDate receivedOn, Assessment assessment) {
    /** Validates the submission. */
    public Submit {
      Validation.present(actor, "actor");
      Validation.present(partnership, "partnershipId");
      Validation.present(student, "studentId");
      Validation.present(school, "schoolBrin");
      Validation.present(receivedOn, "receivedOn");
      Validation.present(assessment, "assessment");
    }
  }

  /**
   * A step.
   *
   * @param actor who asks
   * @param id the designation
   * @param expectedVersion the version the caller read (If-Match)
   * @param step the step
   * @param on the day; empty for today (the Clock port)
   * @param reason why
   * @param date for {@code grant} the start date (default: {@code on}); for {@code end} the last day (default: {@code on})
   * @param objectingParty for {@code object}, who objects
   * @param upheld for {@code decide-objection}, the outcome
   * @param addressees for a deciding step ({@code grant}, {@code refuse}, {@code decide-objection}), who receive the decision letter
   *     (R-LWOO-2, R-DL-6); kept in the outbox only until it is sent
   */
  record Act(Actor actor, String id, long expectedVersion, LwooDesignation.Step step, Optional<LocalDate> on, String reason, Optional<LocalDate> date,
      Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld, java.util.List<nl.passend.application.letters.port.in.Addressee> addressees) {
    /** Validates the step: each carries what it needs. */
    public Act {
      Validation.present(actor, "actor");
      Validation.text(id, "id");
      Validation.present(step, "step");
      Validation.require(step != LwooDesignation.Step.SUBMIT, "action", "submit is a use case of its own");
      Validation.present(on, "on");
      reason = reason == null ? "" : reason;
      Validation.present(date, "date");
      Validation.present(objectingParty, "by");
      Validation.present(upheld, "upheld");
      Validation.require(step != LwooDesignation.Step.OBJECT || objectingParty.isPresent(), "by", "an objection names who objects: GUARDIANS or BOARD");
      Validation.require(step != LwooDesignation.Step.DECIDE_OBJECTION || upheld.isPresent(), "upheld", "a decision on an objection says whether it is upheld");
      addressees = addressees == null ? java.util.List.of() : java.util.List.copyOf(addressees);
      Validation.require(addressees.isEmpty() || decides(step), "addressees",
          "only a step that decides sends a letter (R-DL-6): grant, refuse, decide-objection");
    }

    /** A step without letters to send. */
    public Act(Actor actor, String id, long expectedVersion, LwooDesignation.Step step, Optional<LocalDate> on, String reason, Optional<LocalDate> date,
        Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld) {
      this(actor, id, expectedVersion, step, on, reason, date, objectingParty, upheld, java.util.List.of());
    }

    /** Whether the step decides, and so has a decision letter (R-LWOO-2, R-DL-6). */
    public static boolean decides(LwooDesignation.Step step) {
      return step == LwooDesignation.Step.GRANT || step == LwooDesignation.Step.REFUSE || step == LwooDesignation.Step.DECIDE_OBJECTION;
    }

    /** A step taken on a given day. */
    public Act(Actor actor, String id, long expectedVersion, LwooDesignation.Step step, LocalDate on, String reason, Optional<LocalDate> date,
        Optional<ObjectingParty> objectingParty, Optional<Boolean> upheld) {
      this(actor, id, expectedVersion, step, Optional.of(on), reason, date, objectingParty, upheld);
    }
  }

  /**
   * A submitted designation with the evaluation it rests on.
   *
   * @param designation the stored designation
   * @param policy the policy whose LWOO scheme was evaluated
   * @param evaluation the evaluation of the policy's LWOO scheme
   */
  record Submitted(LwooDesignation designation, nl.passend.domain.organisation.PolicyId policy, EligibilityResult evaluation) {}

  /** Submits the request and evaluates the policy's LWOO scheme on the assessment. */
  Submitted submit(Submit command);

  /** Takes a step and returns the designation at its new version; a deciding step queues its letter for each addressee. */
  LwooDesignation act(Act command);

  /**
   * The decision letter of a decided designation (R-LWOO-2, R-DL-6), in the actor's scope.
   *
   * @throws nl.passend.domain.common.RuleViolationException R-DL-6 while it is not decided
   */
  LetterDocument decisionLetter(Actor actor, String id);

  /** The designation, in the actor's scope. */
  LwooDesignation designation(Actor actor, String id);

  /** The partnership's designations, or only those in force on a date (R-LWOO-3), for its staff, committee and auditors. */
  List<LwooDesignation> designations(Actor actor, PartnershipId partnership, Optional<LocalDate> inForceOn);
}
