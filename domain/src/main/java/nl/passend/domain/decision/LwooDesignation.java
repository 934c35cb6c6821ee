package nl.passend.domain.decision;

import java.time.LocalDate;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.student.StudentId;

/**
 * Aanwijzing LWOO: the designation that a VO student receives learning support within VMBO; a
 * designation, not a support level (R-SUP-1). In {@code vo-22-01} the school decides under mandate
 * on the statutory criteria ({@code 000:L1038-1046}).
 *
 * @param student the student
 * @param school the VO school that decided
 * @param decidedOn the day of the decision
 * @param schemeVersion the version of the LWOO criteria applied
 * @param reason the decision's reasoning
 */
public record LwooDesignation(StudentId student, BrinCode school, LocalDate decidedOn, String schemeVersion, String reason) {
  /** Validates the designation. */
  public LwooDesignation {
    Validation.present(student, "studentId");
    Validation.present(school, "schoolBrin");
    Validation.present(decidedOn, "decidedOn");
    schemeVersion = Validation.text(schemeVersion, "schemeVersion");
    reason = Validation.text(reason, "reason");
  }

  /**
   * Designates on an LWOO evaluation: it must be ELIGIBLE, or JUDGEMENT_REQUIRED with a reason.
   *
   * @throws RuleViolationException when the evaluation does not support a designation
   */
  public static LwooDesignation designate(EligibilityResult lwoo, StudentId student, BrinCode school, LocalDate on, String reason) {
    Validation.present(lwoo, "evaluation");
    Validation.require(lwoo.scheme() == Scheme.LWOO, "evaluation", "an LWOO designation rests on the LWOO criteria, not %s", lwoo.scheme());
    if (lwoo.outcome() != Outcome.ELIGIBLE && lwoo.outcome() != Outcome.JUDGEMENT_REQUIRED) {
      throw new RuleViolationException("R-CRI-LWOO", "the LWOO criteria are not met (" + lwoo.outcome() + ")");
    }
    return new LwooDesignation(student, school, on, lwoo.schemeVersion(), reason);
  }
}
