package nl.passend.domain.monitoring;

import java.math.BigDecimal;
import nl.passend.domain.common.Validation;

/**
 * Streefcijfer (R-MON-2): a target of a policy on a metric of the report, met or missed.
 *
 * @param metric the metric ({@code VSO_SHARE}, {@code PRO_LWOO_SHARE}, {@code SBO_SHARE},
 *     {@code SO_SHARE}, {@code DECIDED_WITHIN_TERM}, {@code REBOUND_SHARE_PER_SCHOOL})
 * @param atMost whether the value must be at most ({@code true}) or at least ({@code false}) the percentage
 * @param percent the percentage
 * @param source where the target comes from
 */
public record Target(String metric, boolean atMost, BigDecimal percent, String source) {
  /** Validates the target. */
  public Target {
    Validation.identifier(metric, "metric");
    Validation.present(percent, "percent");
    Validation.require(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, "percent", "must be 0 to 100");
    source = Validation.text(source, "source");
  }

  /** A target the value must stay at or below. */
  public static Target atMost(String metric, String percent, String source) {
    return new Target(metric, true, new BigDecimal(percent), source);
  }

  /** A target the value must reach. */
  public static Target atLeast(String metric, String percent, String source) {
    return new Target(metric, false, new BigDecimal(percent), source);
  }

  /** Whether {@code part / whole} meets the target, compared exactly. */
  public boolean metBy(long part, long whole) {
    boolean belowOrEqual = Percentages.atMost(part, whole, percent);
    if (atMost) {
      return belowOrEqual;
    }
    return !belowOrEqual || Percentages.exact(part, whole).compareTo(percent) == 0;
  }
}
