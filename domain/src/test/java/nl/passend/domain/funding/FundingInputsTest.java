package nl.passend.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.time.SchoolYear;
import org.junit.jupiter.api.Test;

/** The inputs of the funding rules (R-FIN) at their edges: negative counts, empty or zero shares, percentages outside 0-100. */
class FundingInputsTest {
  private static void refused(Runnable r, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void distributionInputs_R_FIN() {
    Money unit = Money.ofCents(1);
    refused(() -> Distribution.largestRemainder(Money.ofCents(-1), unit, Map.of("a", 1L)), "amount");
    refused(() -> Distribution.largestRemainder(Money.ofCents(100), unit, Map.<String, Long>of()), "shares");
    refused(() -> Distribution.largestRemainder(Money.ofCents(100), unit, Map.of("a", -1L, "b", 2L)), "shares");
    refused(() -> Distribution.largestRemainder(Money.ofCents(100), unit, Map.of("a", 0L)), "shares");
    assertThat(Distribution.largestRemainder(Money.ofCents(100), unit, Map.of("a", 0L, "b", 1L))).containsEntry("a", Money.ZERO)
        .containsEntry("b", Money.ofCents(100));
    assertThat(Distribution.largestRemainder(Money.ZERO, unit, Map.of("a", 1L))).containsEntry("a", Money.ZERO);
  }

  @Test
  void countsAreNeverNegative_R_FIN() {
    refused(() -> IncomeCalculator.personnel(Money.ofEuros(100), -1, 0), "counts");
    refused(() -> IncomeCalculator.personnel(Money.ofEuros(100), 0, -1), "counts");
    assertThat(IncomeCalculator.personnel(Money.ofEuros(12), 0, 0)).isEqualTo(Money.ZERO);
    refused(() -> IncomeCalculator.material(Money.ofEuros(100), -1), "count");
    assertThat(IncomeCalculator.material(Money.ofEuros(100), 0)).isEqualTo(Money.ZERO);
    CategoryAmounts amounts = new CategoryAmounts(Money.ofEuros(1), Money.ofEuros(2), Money.ofEuros(3), "test");
    refused(() -> SpecialEducationDeduction.compute(amounts, Map.of(FundingCategory.LOW, 1L), -1), "residential");
    refused(() -> SpecialEducationDeduction.compute(amounts, Map.of(FundingCategory.MEDIUM, -1L), 0), "counts.MEDIUM");
    assertThatCode(() -> SpecialEducationDeduction.compute(amounts, Map.of(), 0)).doesNotThrowAnyException();
  }

  @Test
  void equalisationPercentagesAreZeroToHundred_R_FIN_4() {
    SchoolYear year = SchoolYear.containing(LocalDate.of(2025, 9, 1));
    for (String ok : new String[] {"0", "100", "50.5"}) {
      assertThatCode(() -> new Equalisation(Money.ofEuros(1), Map.of(year, new BigDecimal(ok)), Money.ZERO)).doesNotThrowAnyException();
    }
    for (String bad : new String[] {"-0.01", "100.01"}) {
      refused(() -> new Equalisation(Money.ofEuros(1), Map.of(year, new BigDecimal(bad)), Money.ZERO), "percentages");
    }
  }
}
