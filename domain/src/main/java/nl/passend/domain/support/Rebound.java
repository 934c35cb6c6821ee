package nl.passend.domain.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.Validation;

/**
 * Reboundvoorziening: the share of a school's students in a school-internal rebound, against the
 * partnership's target ({@code vo-22-01}: at most 5%, {@code 000:L534-539}; R-SUP-4).
 */
public final class Rebound {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rebound() {}

  /** The exact share in percent, rounded half-up to {@code decimals} (R-MON-4). */
  public static BigDecimal sharePercent(int inRebound, int schoolStudents, int decimals) {
    check(inRebound, schoolStudents);
    return BigDecimal.valueOf(inRebound).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(schoolStudents), decimals, RoundingMode.HALF_UP);
  }

  /** Whether {@code inRebound} of {@code schoolStudents} is at most {@code maxPercent}, compared exactly. */
  public static boolean withinTarget(int inRebound, int schoolStudents, BigDecimal maxPercent) {
    check(inRebound, schoolStudents);
    Validation.present(maxPercent, "maxReboundPercent");
    // inRebound / students <= max / 100  <=>  inRebound * 100 <= max * students, no rounding involved.
    return BigDecimal.valueOf(inRebound).multiply(HUNDRED)
        .compareTo(maxPercent.multiply(BigDecimal.valueOf(schoolStudents))) <= 0;
  }

  private static void check(int inRebound, int schoolStudents) {
    Validation.require(schoolStudents > 0, "schoolStudents", "must be positive, but was %d", schoolStudents);
    Validation.require(inRebound >= 0 && inRebound <= schoolStudents, "inRebound",
        "must be 0 to the school's %d students, but was %d", schoolStudents, inRebound);
  }
}
