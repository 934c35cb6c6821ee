package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The age on the assessment date that the ZML criteria read (R-CRI-C3-ZML: younger than 8). */
class AssessmentAgeTest {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
  }

  /** The age is the whole years of {@link Period#between}, for every birth date up to the assessment date. */
  @Property(tries = 3000)
  void theAgeIsTheWholeYearsOfThePeriodBetween(@ForAll("days") LocalDate born, @ForAll @IntRange(min = 0, max = 365 * 25) int daysLater) {
    LocalDate assessed = born.plusDays(daysLater);
    assertThat(new Assessment(assessed, Optional.of(born), Optional.empty(), Map.of(), Map.of()).ageAtAssessment())
        .contains(Period.between(born, assessed).getYears());
  }

  @Test
  void theBirthdayItselfCountsAndALeapDayBirthdayComesOnTheFirstOfMarch_R_CRI_C3_ZML() {
    LocalDate born = LocalDate.of(2016, 2, 29);
    assertThat(age(born, LocalDate.of(2024, 2, 28))).isEqualTo(7);
    assertThat(age(born, LocalDate.of(2024, 2, 29))).isEqualTo(8);
    assertThat(age(born, LocalDate.of(2025, 2, 28))).isEqualTo(8);
    assertThat(age(born, LocalDate.of(2025, 3, 1))).isEqualTo(9);
    assertThat(age(LocalDate.of(2017, 9, 1), LocalDate.of(2025, 8, 31))).isEqualTo(7);
    assertThat(age(LocalDate.of(2017, 9, 1), LocalDate.of(2025, 9, 1))).isEqualTo(8);
    assertThat(age(born, born)).isZero();
    assertThat(Assessment.on(born).ageAtAssessment()).isEmpty();
  }

  private static int age(LocalDate born, LocalDate on) {
    return new Assessment(on, Optional.of(born), Optional.empty(), Map.of(), Map.of()).ageAtAssessment().orElseThrow();
  }
}
