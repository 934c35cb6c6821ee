package nl.passend.domain.monitoring;

import java.math.BigDecimal;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Gehaald of niet: a target with the value at the count date (R-MON-2, version 2).
 *
 * @param target the target
 * @param value the value: a percentage with two decimals for a share, the count for a count target;
 *     empty when it cannot be computed
 * @param met whether it is met; empty when the value is empty
 * @param status MET, MISSED or NOT_COMPUTABLE
 * @param reason why, in words: the figures used, or why it cannot be computed
 */
public record TargetResult(Target target, Optional<BigDecimal> value, Optional<Boolean> met, Status status, String reason) {

  /** Whether a target is met. */
  public enum Status {
    /** The value meets the target. */
    MET,
    /** The value misses the target. */
    MISSED,
    /** The value cannot be computed; the reason says why. */
    NOT_COMPUTABLE
  }

  /** Validates the result: a status agrees with {@code met}. */
  public TargetResult {
    Validation.present(target, "target");
    Validation.present(value, "value");
    Validation.present(met, "met");
    Validation.present(status, "status");
    Validation.require(met.isPresent() == (status != Status.NOT_COMPUTABLE) && met.map(m -> m == (status == Status.MET)).orElse(true),
        "status", "%s does not agree with met=%s", status, met);
    reason = Validation.text(reason, "reason");
  }

  /** A result that cannot be computed, with why. */
  public static TargetResult notComputable(Target target, String reason) {
    return new TargetResult(target, Optional.empty(), Optional.empty(), Status.NOT_COMPUTABLE, reason);
  }

  /** A computed result. */
  public static TargetResult of(Target target, BigDecimal value, boolean met, String reason) {
    return new TargetResult(target, Optional.of(value), Optional.of(met), met ? Status.MET : Status.MISSED, reason);
  }
}
