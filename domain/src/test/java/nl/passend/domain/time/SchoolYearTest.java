package nl.passend.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.testing.DomainArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

  @Test
  void schoolYearRunsFromFirstAugustToThirtyFirstJuly_R_STU_4() {
    SchoolYear year = SchoolYear.parse("2024-2025");
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 7, 31));
    assertThat(year).hasToString("2024-2025");
    assertThat(SchoolYear.containing(LocalDate.of(2025, 7, 31))).isEqualTo(year);
    assertThat(SchoolYear.containing(LocalDate.of(2025, 8, 1))).isEqualTo(year.next());
  }

  @Test
  void countDatesAreFirstOctoberAndFirstFebruary_R_STU_4() {
    SchoolYear year = SchoolYear.parse("2024-2025");
    assertThat(year.october1().date()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(year.february1().date()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(CountDate.of(LocalDate.of(2025, 2, 1))).isEqualTo(year.february1());
    assertThatThrownBy(() -> CountDate.of(LocalDate.of(2025, 2, 2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("countDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-2026", "2024/2025", "24-25", "2025-2024", ""})
  void malformedSchoolYearIsRejected(String text) {
    assertThatThrownBy(() -> SchoolYear.parse(text)).isInstanceOf(InvalidValueException.class).hasMessageContaining("schoolYear");
  }

  @Property
  void formatAndParseRoundTrip(@ForAll("years") SchoolYear year) {
    assertThat(SchoolYear.parse(year.toString())).isEqualTo(year);
  }

  @Property
  void everyDateFallsInExactlyTheSchoolYearThatContainsIt(@ForAll("dates") LocalDate date) {
    SchoolYear year = SchoolYear.containing(date);
    assertThat(year.contains(date)).isTrue();
    assertThat(year.previous().contains(date)).isFalse();
    assertThat(year.next().contains(date)).isFalse();
    assertThat(year.next().firstDay()).isEqualTo(year.lastDay().plusDays(1));
  }

  @Property
  void nextAndPreviousAreInverse(@ForAll("years") SchoolYear year) {
    assertThat(year.next().previous()).isEqualTo(year);
    assertThat(year.plusYears(3).plusYears(-3)).isEqualTo(year);
  }

  @Provide
  Arbitrary<SchoolYear> years() {
    return DomainArbitraries.schoolYears();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates();
  }
}
