package nl.passend.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.Validation;

/**
 * 2%-regeling SBO (R-FIN-4, {@code po-22-01}): the state funds SBO up to 2% of the partnership's
 * primary students, {@code round(0.02 × (BO + SBO))} on 1 October; above that the partnership pays
 * ({@code 004:L1660, L1799}). Abolished for PO from 1 January 2023 (effective-dated).
 */
public final class SboTwoPercentRule {
  /** The first calendar year without the rule. */
  public static final int ABOLISHED_FROM_YEAR = 2023;

  private SboTwoPercentRule() {}

  /** The number of SBO students the state funds: 2% of BO + SBO, rounded half-up. */
  public static long limit(long bo, long sbo) {
    Validation.require(bo >= 0 && sbo >= 0, "counts", "must not be negative");
    return BigDecimal.valueOf(bo + sbo).multiply(new BigDecimal("0.02")).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The SBO students above the limit, for whom the partnership pays. */
  public static long aboveLimit(long bo, long sbo) {
    return Math.max(0, sbo - limit(bo, sbo));
  }

  /** Whether the rule applies to the funding of calendar year {@code year}. */
  public static boolean appliesIn(int year) {
    return year < ABOLISHED_FROM_YEAR;
  }
}
