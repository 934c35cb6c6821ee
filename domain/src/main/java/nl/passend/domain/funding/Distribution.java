package nl.passend.domain.funding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;

/**
 * Verdeling naar rato: shares out an amount in proportion to counts, in whole units (whole euros by
 * default), adding up exactly to the amount by the largest-remainder method (R-FIN-5). Each key gets
 * the whole units of its exact quota; the units left over go one each to the largest remainders,
 * ties to the larger share and then the smaller key. With exact arithmetic this never gives a larger
 * share less than a smaller one.
 */
public final class Distribution {
  private Distribution() {}

  /**
   * Distributes {@code amount} over {@code shares}, rounded to {@code unit}.
   *
   * @throws InvalidValueException when the amount is negative or not a multiple of the unit, a share is
   *     negative, or all shares are zero
   */
  public static <K extends Comparable<? super K>> Map<K, Money> largestRemainder(Money amount, Money unit, Map<K, Long> shares) {
    Validation.present(amount, "amount");
    Validation.present(unit, "roundTo");
    Validation.present(shares, "shares");
    Validation.require(unit.cents() > 0, "roundTo", "must be more than zero");
    Validation.require(!amount.isNegative(), "amount", "must not be negative");
    Validation.require(amount.cents() % unit.cents() == 0, "amount", "must be a multiple of roundTo (%s) so that the parts add up exactly", unit);
    Validation.require(!shares.isEmpty(), "shares", "must name at least one share");
    long total = 0;
    for (Map.Entry<K, Long> e : shares.entrySet()) {
      Validation.require(e.getValue() != null && e.getValue() >= 0, "shares", "share of %s must not be negative", e.getKey());
      total = Math.addExact(total, e.getValue());
    }
    Validation.require(total > 0, "shares", "the shares add up to zero");

    BigInteger units = BigInteger.valueOf(amount.cents() / unit.cents());
    BigInteger sum = BigInteger.valueOf(total);
    Map<K, Long> whole = new TreeMap<>();
    List<Quota<K>> quotas = new ArrayList<>();
    long given = 0;
    for (Map.Entry<K, Long> e : new TreeMap<>(shares).entrySet()) {
      BigInteger[] qr = units.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(sum);
      long floor = qr[0].longValueExact();
      whole.put(e.getKey(), floor);
      given += floor;
      quotas.add(new Quota<>(e.getKey(), e.getValue(), qr[1]));
    }
    long left = units.longValueExact() - given;
    quotas.sort(Comparator.<Quota<K>, BigInteger>comparing(Quota::remainder).reversed()
        .thenComparing(Comparator.<Quota<K>>comparingLong(Quota::share).reversed())
        .thenComparing(Quota::key));
    for (int i = 0; i < left; i++) {
      whole.merge(quotas.get(i).key(), 1L, Long::sum);
    }
    Map<K, Money> result = new LinkedHashMap<>();
    for (K key : shares.keySet()) {
      result.put(key, unit.times(whole.get(key)));
    }
    return result;
  }

  private record Quota<K>(K key, long share, BigInteger remainder) {}
}
