package nl.passend.domain.support;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Ondersteuningsniveau: the steps of the support continuum, in order (R-SUP-1). LWOO is a
 * designation within VO, not a level.
 */
public enum SupportLevel {
  /** Basisondersteuning: what every school of the partnership offers, agreed by the partnership. */
  BASIC,
  /** Extra (aanvullende) ondersteuning arranged by the school itself. */
  EXTRA_IN_SCHOOL,
  /** An arrangement granted by the partnership (ambulante begeleiding, syntheseklas, rebound, maatwerk). */
  ARRANGEMENT,
  /** Placement in SBO, SO, VSO or PrO, which needs an admissibility statement. */
  SPECIAL_SCHOOL;

  /** The next level up, if any. */
  public Optional<SupportLevel> up() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** The next level down, if any. */
  public Optional<SupportLevel> down() {
    return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
  }

  /** Whether this level is beyond basic support (a development plan is then required, R-OPP-1). */
  public boolean beyondBasic() {
    return this != BASIC;
  }

  /**
   * The move from this level to {@code target}, with what it requires (R-SUP-1). Moving up needs
   * what entering the target level needs; moving down needs what leaving this level needs.
   */
  public SupportMove moveTo(SupportLevel target) {
    Validation.present(target, "target");
    Validation.require(target != this, "target", "a move goes to another level than %s", this);
    return new SupportMove(this, target, requirements(this, target));
  }

  private static List<SupportMove.Requirement> requirements(SupportLevel from, SupportLevel to) {
    ImmutableList.Builder<SupportMove.Requirement> r = ImmutableList.builder();
    if (to.compareTo(from) > 0) {
      switch (to) {
        case EXTRA_IN_SCHOOL -> r.add(SupportMove.Requirement.SCHOOL_SUPPORT_DECISION);
        case ARRANGEMENT -> r.add(SupportMove.Requirement.PARTNERSHIP_ARRANGEMENT);
        case SPECIAL_SCHOOL -> r.add(
            SupportMove.Requirement.SCHOOL_REACHED_LIMITS,
            SupportMove.Requirement.ADMISSIBILITY_STATEMENT,
            SupportMove.Requirement.ADMISSION_BY_RECEIVING_BOARD);
        default -> throw new IllegalStateException("no move up to " + to);
      }
      r.add(SupportMove.Requirement.DEVELOPMENT_PLAN, SupportMove.Requirement.GUARDIANS_CONSULTED);
    } else {
      r.add(SupportMove.Requirement.PLAN_EVALUATION);
      if (from == SPECIAL_SCHOOL) {
        r.add(SupportMove.Requirement.RETURN_PLAN, SupportMove.Requirement.ADMISSION_BY_RECEIVING_BOARD);
      }
      if (to.beyondBasic()) {
        r.add(SupportMove.Requirement.DEVELOPMENT_PLAN);
      }
      r.add(SupportMove.Requirement.GUARDIANS_CONSULTED);
    }
    return r.build();
  }
}
