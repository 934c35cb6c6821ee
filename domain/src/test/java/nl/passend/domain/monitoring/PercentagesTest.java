package nl.passend.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.passend.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Percentages of R-MON-1/R-MON-2 at their edges: a zero denominator, negative counts, decimals 0 to 10. */
class PercentagesTest {
  @Test
  void roundedHalfUpWithTheDecimalsAsked() {
    assertThat(Percentages.of(1, 3, 0)).isEqualByComparingTo("33");
    assertThat(Percentages.of(2, 3, 2)).isEqualTo(new BigDecimal("66.67"));
    assertThat(Percentages.of(1, 1, 10)).isEqualTo(new BigDecimal("100.0000000000"));
    assertThat(Percentages.of(0, 1, 1)).isEqualTo(new BigDecimal("0.0"));
    assertThatThrownBy(() -> Percentages.of(1, 3, 11)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("decimals"));
    assertThatThrownBy(() -> Percentages.of(1, 3, -1)).hasMessageContaining("decimals");
    assertThatThrownBy(() -> Percentages.of(-1, 3, 2)).hasMessageContaining("count");
    assertThatThrownBy(() -> Percentages.of(1, 0, 2)).hasMessageContaining("denominator");
    assertThat(Percentages.of(0, 1, 2)).isEqualByComparingTo("0");
  }

  @Test
  void exactAndComparedWithoutRounding() {
    assertThat(Percentages.exact(1, 3).toPlainString()).startsWith("33.33333333");
    assertThat(Percentages.exact(0, 1)).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Percentages.exact(1, 0)).hasMessageContaining("denominator");
    assertThat(Percentages.atMost(15, 100, new BigDecimal("15"))).isTrue();
    assertThat(Percentages.atMost(16, 100, new BigDecimal("15"))).isFalse();
    assertThat(Percentages.atMost(1, 1, new BigDecimal("100"))).isTrue();
    assertThatThrownBy(() -> Percentages.atMost(1, 0, BigDecimal.ONE)).hasMessageContaining("denominator");
  }
}
