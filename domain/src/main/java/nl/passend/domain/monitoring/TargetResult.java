package nl.passend.domain.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Gehaald of niet: a target with the value at the count date (R-MON-2).
 *
 * @param target the target
 * @param value the value in percent, two decimals; empty when it cannot be computed (no denominator)
 * @param met whether it is met; empty when the value is empty
 */
public record TargetResult(Target target, Optional<BigDecimal> value, Optional<Boolean> met) {}
