package nl.passend.domain.support;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.Validation;

/**
 * Overgang tussen ondersteuningsniveaus: a move up or down the support continuum and what it
 * requires before it may take place (R-SUP-1, R-OPP-1, R-TLV-9).
 *
 * @param from the current level
 * @param to the level moved to
 * @param requirements what must be in place, in the order it is usually done
 */
public record SupportMove(SupportLevel from, SupportLevel to, List<Requirement> requirements) {

  /** What a move requires. */
  public enum Requirement {
    /** The school decides on and describes extra support it arranges itself (its support profile). */
    SCHOOL_SUPPORT_DECISION,
    /** The partnership grants an arrangement. */
    PARTNERSHIP_ARRANGEMENT,
    /** The school shows it has reached its limits and regular support is exhausted. */
    SCHOOL_REACHED_LIMITS,
    /** The partnership issues an admissibility statement (TLV). */
    ADMISSIBILITY_STATEMENT,
    /** The receiving board decides to admit the student. */
    ADMISSION_BY_RECEIVING_BOARD,
    /** A development plan (OPP) is drawn up or adjusted (R-OPP-1). */
    DEVELOPMENT_PLAN,
    /** The evaluation of the plan shows the support can be lowered. */
    PLAN_EVALUATION,
    /** A return plan (terugplaatsingsplan) is agreed with the receiving regular school. */
    RETURN_PLAN,
    /** The guardians are consulted and their view recorded. */
    GUARDIANS_CONSULTED
  }

  /** Validates the move. */
  public SupportMove {
    Validation.present(from, "from");
    Validation.present(to, "to");
    requirements = ImmutableList.copyOf(requirements);
  }

  /** Whether the move goes up the continuum. */
  public boolean isUp() {
    return to.compareTo(from) > 0;
  }

  /** Whether the move requires {@code requirement}. */
  public boolean requires(Requirement requirement) {
    return requirements.contains(requirement);
  }
}
