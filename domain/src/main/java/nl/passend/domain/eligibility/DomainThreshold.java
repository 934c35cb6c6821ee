package nl.passend.domain.eligibility;

import java.util.List;
import nl.passend.domain.common.Validation;

/**
 * Leerachterstandsnorm: when a learning domain "counts" for a scheme, and how many must count (policy
 * data). At least {@code minDomains} domains must count and, when {@code keyDomainRequired}, one of
 * them arithmetic or reading comprehension.
 *
 * @param kind whether the bounds are on the delay in percent or on the DLE
 * @param low the lowest value that counts (inclusive)
 * @param high for {@link Kind#DELAY_PERCENT} the value from which it no longer counts (exclusive; 101 for
 *     no upper bound); for {@link Kind#DLE} the highest DLE that counts (inclusive)
 * @param minDomains how many domains must count
 * @param keyDomainRequired whether one of them must be arithmetic or reading comprehension
 */
public record DomainThreshold(Kind kind, int low, int high, int minDomains, boolean keyDomainRequired) {

  /** What the bounds measure. */
  public enum Kind {
    /** The delay {@code (DL - DLE) / DL × 100}, compared exactly. */
    DELAY_PERCENT,
    /** The DLE in school months (end of group 8 = DL 60). */
    DLE
  }

  /** Validates the threshold. */
  public DomainThreshold {
    Validation.present(kind, "kind");
    Validation.require(low >= 0 && low <= high, "domainThreshold", "lower bound %d exceeds upper bound %d", low, high);
    Validation.require(kind != Kind.DELAY_PERCENT || high <= 101, "domainThreshold", "a delay is at most 100 percent");
    Validation.require(minDomains >= 1 && minDomains <= 4, "minDomains", "must be 1 to 4, but was %d", minDomains);
  }

  /** Delay of at least {@code percent}, on at least 2 domains with a key domain. */
  public static DomainThreshold delayAtLeast(int percent) {
    return new DomainThreshold(Kind.DELAY_PERCENT, percent, 101, 2, true);
  }

  /** Delay from {@code low} up to (not including) {@code highExclusive}, on 2 domains with a key domain. */
  public static DomainThreshold delayBetween(int low, int highExclusive) {
    return new DomainThreshold(Kind.DELAY_PERCENT, low, highExclusive, 2, true);
  }

  /** DLE from {@code low} to {@code high} inclusive, on 2 domains with a key domain. */
  public static DomainThreshold dleBetween(int low, int high) {
    return new DomainThreshold(Kind.DLE, low, high, 2, true);
  }

  /** Whether one learning result counts. */
  public boolean counts(DomainResult result) {
    if (kind == Kind.DLE) {
      return result.dle() >= low && result.dle() <= high;
    }
    return result.delayAtLeast(low) && (high > 100 || result.delayBelow(high));
  }

  /** Whether enough domains count on complete facts. */
  boolean holds(Facts facts) {
    int count = 0;
    boolean key = false;
    for (LearningDomain d : Facts.DOMAINS) {
      if (counts(facts.domain(d))) {
        count++;
        key |= d.isKeyDomain();
      }
    }
    return count >= minDomains && (key || !keyDomainRequired);
  }

  /** Learning results at DL 60 on both sides of each bound. */
  List<DomainResult> candidates() {
    if (kind == Kind.DLE) {
      return ThreeValuedScheme.atEndOfGroup8(0, low - 1, low, high, high + 1, 60);
    }
    // At DL 100 a DLE of 100 - p gives a delay of exactly p percent, and 101 - p one just below it
    // (clamped to the DLEs 0-100 that exist; 0 and 100 are the extremes).
    java.util.TreeSet<Integer> dles = new java.util.TreeSet<>(List.of(0, 100));
    for (int p : new int[] {low, high}) {
      dles.add(Math.max(0, 100 - p));
      dles.add(Math.min(100, 101 - p));
    }
    return dles.stream().map(d -> new DomainResult(100, d)).toList();
  }

  /** The rule in words. */
  public String describe() {
    String measure = kind == Kind.DLE
        ? "a DLE of " + low + " to " + high
        : high > 100 ? "a delay of at least " + low + "%" : "a delay of " + low + "% up to " + high + "%";
    return measure + " on at least " + minDomains + " domains" + (keyDomainRequired ? ", one of them arithmetic or reading comprehension" : "");
  }
}
