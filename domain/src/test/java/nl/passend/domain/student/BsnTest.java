package nl.passend.domain.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.testing.DomainArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest(name = "R-STU-1 accepts {0}")
  @ValueSource(strings = {"111222333", "123456782", "999999990", "12345672"})
  void acceptsNumbersThatPassTheElevenTest(String number) {
    assertThat(Bsn.of(number).digits()).hasSize(9);
  }

  @ParameterizedTest(name = "R-STU-1 rejects {0}")
  @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678a", "1234567", "1234567890"})
  void rejectsOthersWithoutRepeatingTheNumber(String number) {
    assertThatThrownBy(() -> Bsn.of(number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bsn")
        .hasMessageNotContaining(number);
  }

  @Test
  void neverShowsTheNumberInToString_R_STU_1() {
    assertThat(Bsn.of("111222333").toString()).doesNotContain("111222333");
  }

  @Test
  void studentIdMayNotBeACitizenNumber_R_STU_1() {
    assertThatThrownBy(() -> StudentId.of("111222333")).hasMessageContaining("pseudonymous");
    assertThat(StudentId.of("leerling-0042").value()).isEqualTo("leerling-0042");
  }

  @Property
  void generatedValidNumbersPass(@ForAll("bsns") String bsn) {
    assertThat(Bsn.passesElevenTest(bsn)).isTrue();
    assertThat(Bsn.of(bsn).digits()).isEqualTo(bsn);
  }

  @Property
  void changingOneDigitAlwaysFails(
      @ForAll("bsns") String bsn, @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
    char[] digits = bsn.toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
    String mutated = new String(digits);
    assertThat(Bsn.passesElevenTest(mutated)).as(mutated).isFalse();
  }

  @Provide
  Arbitrary<String> bsns() {
    return DomainArbitraries.validBsns();
  }
}
