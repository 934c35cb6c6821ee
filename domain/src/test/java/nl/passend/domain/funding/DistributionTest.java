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

  @Property
  void alwaysAddsUpExactlyNeverNegativeAndMonotonic(@ForAll("shares") Map<String, Long> shares,
      @ForAll @LongRange(min = 0, max = 100_000_000) long euros) {
    Map<String, Money> parts = Distribution.largestRemainder(Money.ofEuros(euros), Money.ofEuros(1), shares);
    assertThat(parts.values().stream().mapToLong(Money::cents).sum()).isEqualTo(euros * 100);
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
