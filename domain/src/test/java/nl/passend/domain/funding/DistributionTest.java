package nl.passend.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void tiesGoToTheLargerShareThenTheSmallerKey() {
    // 10 units over 1:1:1: 3 each and one left, to the smallest key.
    Map<String, Money> even = Distribution.largestRemainder(Money.ofEuros(10), Money.ofEuros(1), Map.of("b", 1L, "a", 1L, "c", 1L));
    assertThat(even.get("a")).isEqualTo(Money.ofEuros(4));
    assertThat(even.get("b")).isEqualTo(Money.ofEuros(3));
    Map<String, Money> cents = Distribution.largestRemainder(Money.parse("1.00", "a"), Money.ofCents(1), Map.of("x", 2L, "y", 1L));
    assertThat(cents.get("x")).isEqualTo(Money.ofCents(67));
    assertThat(cents.get("y")).isEqualTo(Money.ofCents(33));
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Distribution.largestRemainder(Money.parse("10.50", "a"), Money.ofEuros(1), Map.of("x", 1L)))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Distribution.largestRemainder(Money.ofEuros(10), Money.ofEuros(1), Map.of("x", -1L)))
        .hasMessageContaining("shares");
    assertThatThrownBy(() -> Distribution.largestRemainder(Money.ofEuros(10), Money.ofEuros(1), Map.of("x", 0L)))
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> Distribution.largestRemainder(Money.ofEuros(10), Money.ZERO, Map.of("x", 1L)))
        .hasMessageContaining("roundTo");
  }

  @Provide
  Arbitrary<Map<String, Long>> shares() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4), Arbitraries.longs().between(0, 100_000))
        .ofMinSize(1).ofMaxSize(40).filter(m -> m.values().stream().mapToLong(Long::longValue).sum() > 0)
        .map(LinkedHashMap::new);
  }

  /**
   * R-FIN-5 (version 2): in either rounding unit, euros or cents, the parts are whole units, add up
   * to the amount exactly, are never negative, and a larger share never gets less. It would catch a
   * distribution that floors the remainder away (version 1 lost the cents) or rounds past the unit.
   */
  @Property
  void alwaysAddsUpExactlyInItsUnitNeverNegativeAndMonotonic(@ForAll("shares") Map<String, Long> shares,
      @ForAll @LongRange(min = 0, max = 100_000_000) long units, @ForAll boolean inCents) {
    Money unit = inCents ? Money.ofCents(1) : Money.ofEuros(1);
    Money amount = Money.ofCents(units * unit.cents());
    Map<String, Money> parts = Distribution.largestRemainder(amount, unit, shares);
    assertThat(parts.values().stream().mapToLong(Money::cents).sum()).isEqualTo(amount.cents());
    assertThat(parts.values()).allSatisfy(m -> assertThat(m.cents() % unit.cents()).isZero());
    assertThat(parts.values()).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
    for (String a : shares.keySet()) {
      for (String b : shares.keySet()) {
        if (shares.get(a) > shares.get(b)) {
          assertThat(parts.get(a)).isGreaterThanOrEqualTo(parts.get(b));
        }
      }
    }
  }
}
