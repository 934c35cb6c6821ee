package nl.passend.domain.monitoring;

import java.math.BigDecimal;
import nl.passend.domain.common.Validation;

/**
 * Streefwaarde: a target of a partnership's policy (R-MON-2, version 2), of one of three kinds: a
 * share at most, a share at least, or a count at most (for example {@code po-22-01}'s "no
 * thuiszitters", {@code 004:L242}).
 *
 * @param metric the figure it is about, e.g. {@code VSO_SHARE} or {@code THUISZITTERS}
 * @param atMost whether the figure must stay at or below the limit (shares at most and counts)
 * @param percent the limit: a percentage for a share, a whole number for a count
 * @param source the seed lines or document it comes from
 * @param kind the kind of target
 */
public record Target(String metric, boolean atMost, BigDecimal percent, String source, Kind kind) {

  /** The kinds of target. */
  public enum Kind {
    /** The share (percent) must stay at or below the limit. */
    SHARE_AT_MOST,
    /** The share (percent) must reach the limit. */
    SHARE_AT_LEAST,
    /** The count must stay at or below the limit. */
    COUNT_AT_MOST
  }

  /** Validates the target. */
  public Target {
    Validation.identifier(metric, "metric");
    Validation.present(percent, "percent");
    Validation.present(kind, "kind");
    Validation.require(atMost == (kind != Kind.SHARE_AT_LEAST), "atMost", "a %s target is %s", kind, kind == Kind.SHARE_AT_LEAST ? "at least" : "at most");
    if (kind == Kind.COUNT_AT_MOST) {
      Validation.require(percent.signum() >= 0 && percent.stripTrailingZeros().scale() <= 0, "percent", "a count is a whole number of 0 or more");
    } else {
      Validation.require(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, "percent", "must be 0 to 100");
    }
    source = Validation.text(source, "source");
  }

  /** A share target (version 1 form): at most when {@code atMost}, else at least. */
  public Target(String metric, boolean atMost, BigDecimal percent, String source) {
    this(metric, atMost, percent, source, atMost ? Kind.SHARE_AT_MOST : Kind.SHARE_AT_LEAST);
  }

  /** A target the share must stay at or below. */
  public static Target atMost(String metric, String percent, String source) {
    return new Target(metric, true, new BigDecimal(percent), source, Kind.SHARE_AT_MOST);
  }

  /** A target the share must reach. */
  public static Target atLeast(String metric, String percent, String source) {
    return new Target(metric, false, new BigDecimal(percent), source, Kind.SHARE_AT_LEAST);
  }

  /** A target the count must stay at or below. */
  public static Target countAtMost(String metric, long count, String source) {
    return new Target(metric, true, BigDecimal.valueOf(count), source, Kind.COUNT_AT_MOST);
  }

  /** Whether {@code part / whole} meets a share target, compared exactly. */
  public boolean metBy(long part, long whole) {
    boolean belowOrEqual = Percentages.atMost(part, whole, percent);
    if (atMost) {
      return belowOrEqual;
    }
    return !belowOrEqual || Percentages.exact(part, whole).compareTo(percent) == 0;
  }

  /** Whether a count meets a count target. */
  public boolean metByCount(long count) {
    return BigDecimal.valueOf(count).compareTo(percent) <= 0;
  }
}
