package nl.passend.domain.funding;

import nl.passend.domain.common.Validation;

/**
 * Signaal reserves (R-FIN-7): reserves above the risk-based norm ({@code vo-31-02}: over € 2 million
 * against € 850.000 of risks, {@code 001:L2387-2389}).
 *
 * @param reserves the reserves
 * @param riskNorm the norm from the risk profile
 * @param exceeds whether the reserves exceed the norm
 * @param excess by how much (zero when they do not)
 */
public record ReserveSignal(Money reserves, Money riskNorm, boolean exceeds, Money excess) {
  /** The signal for the reserves against the norm. */
  public static ReserveSignal check(Money reserves, Money riskNorm) {
    Validation.present(reserves, "reserves");
    Validation.present(riskNorm, "riskNorm");
    Validation.require(!riskNorm.isNegative(), "riskNorm", "must not be negative");
    boolean exceeds = reserves.compareTo(riskNorm) > 0;
    return new ReserveSignal(reserves, riskNorm, exceeds, exceeds ? reserves.minus(riskNorm) : Money.ZERO);
  }
}
