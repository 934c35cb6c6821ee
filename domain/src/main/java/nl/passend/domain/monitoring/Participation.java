package nl.passend.domain.monitoring;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.passend.domain.common.Validation;

/**
 * Deelnamepercentages (R-MON-1): the share of each group in an explicit denominator at a count date,
 * because the seeds use different ones ({@code po-22-01}: SBO / (BO + SBO); seed 003: all PO
 * students living in the municipality; {@code vo-31-02}: VSO / (VO + VSO)).
 *
 * @param denominator the sum of the counts of the groups in the denominator
 * @param rates the rate of every counted group, rounded half-up to the decimals asked for
 */
public record Participation(long denominator, Map<String, BigDecimal> rates) {
  /** Makes the map immutable. */
  public Participation {
    rates = ImmutableMap.copyOf(rates);
  }

  /**
   * Computes the rates of every group in {@code counts} against the sum of the groups named in
   * {@code denominatorGroups}.
   *
   * @throws nl.passend.domain.common.InvalidValueException for a negative count, a denominator group
   *     without a count, a group named twice in the denominator (it would be counted twice), or a
   *     denominator of zero
   */
  public static Participation of(Map<String, Long> counts, List<String> denominatorGroups, int decimals) {
    Validation.present(counts, "counts");
    Validation.present(denominatorGroups, "denominator");
    Validation.require(!denominatorGroups.isEmpty(), "denominator", "names at least one group");
    counts.forEach((group, n) -> Validation.require(n != null && n >= 0, "counts." + group, "must not be negative"));
    Validation.require(new java.util.HashSet<>(denominatorGroups).size() == denominatorGroups.size(), "denominator",
        "names a group more than once: %s", denominatorGroups);
    long denominator = 0;
    for (String group : denominatorGroups) {
      Long n = counts.get(group);
      Validation.require(n != null, "denominator", "group %s has no count", group);
      denominator = Math.addExact(denominator, n);
    }
    Validation.require(denominator > 0, "denominator", "the denominator adds up to zero");
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      rates.put(e.getKey(), Percentages.of(e.getValue(), denominator, decimals));
    }
    return new Participation(denominator, rates);
  }
}
