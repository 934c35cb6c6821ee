package nl.passend.domain.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.testing.DomainArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompulsoryEducationTest {

  @ParameterizedTest(name = "R-STU-2 born {0}: compulsory education from {1}")
  @CsvSource({
      "2019-03-14, 2024-04-01",
      "2019-03-01, 2024-04-01",
      "2019-03-31, 2024-04-01",
      "2019-12-05, 2025-01-01"})
  void startsOnTheFirstDayOfTheMonthAfterTheFifthBirthday(LocalDate born, LocalDate start) {
    assertThat(CompulsoryEducation.startOf(born)).isEqualTo(start);
    assertThat(CompulsoryEducation.on(born, start.minusDays(1), false)).isEqualTo(CompulsoryEducation.NOT_YET);
    assertThat(CompulsoryEducation.on(born, start, false)).isEqualTo(CompulsoryEducation.COMPULSORY_EDUCATION);
  }

  @Test
  void aFiveYearOldIsNotYetCompulsoryInTheMonthOfTheBirthday_R_STU_2() {
    LocalDate born = LocalDate.of(2019, 3, 14);
    assertThat(CompulsoryEducation.ageOn(born, LocalDate.of(2024, 3, 14))).isEqualTo(5);
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2024, 3, 31), false)).isEqualTo(CompulsoryEducation.NOT_YET);
  }

  @Test
  void endsOnThirtyFirstJulyOfTheSchoolYearOfTheSixteenthBirthday_R_STU_2() {
    LocalDate born = LocalDate.of(2008, 10, 3); // 16 on 2024-10-03, in school year 2024-2025
    assertThat(CompulsoryEducation.endOf(born)).isEqualTo(LocalDate.of(2025, 7, 31));
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2025, 7, 31), false)).isEqualTo(CompulsoryEducation.COMPULSORY_EDUCATION);
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2025, 8, 1), false)).isEqualTo(CompulsoryEducation.QUALIFICATION_DUTY);
    LocalDate summerChild = LocalDate.of(2008, 7, 20); // 16 on 2024-07-20, still school year 2023-2024
    assertThat(CompulsoryEducation.endOf(summerChild)).isEqualTo(LocalDate.of(2024, 7, 31));
  }

  @Test
  void qualificationDutyLastsUntilEighteenUnlessQualified_R_STU_2() {
    LocalDate born = LocalDate.of(2008, 10, 3);
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2026, 10, 2), false)).isEqualTo(CompulsoryEducation.QUALIFICATION_DUTY);
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2026, 10, 3), false)).isEqualTo(CompulsoryEducation.NONE);
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2025, 9, 1), true)).isEqualTo(CompulsoryEducation.NONE);
    // A startkwalificatie does not end compulsory education itself.
    assertThat(CompulsoryEducation.on(born, LocalDate.of(2025, 3, 1), true)).isEqualTo(CompulsoryEducation.COMPULSORY_EDUCATION);
  }

  @Test
  void ageIsNotAskedBeforeBirth() {
    assertThatThrownBy(() -> CompulsoryEducation.ageOn(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .hasMessageContaining("date");
  }

  @Property
  void statusChangesOnlyOnItsThreeDates(@ForAll("born") LocalDate born, @ForAll("dates") LocalDate date) {
    if (!date.isAfter(born)) {
      return;
    }
    CompulsoryEducation today = CompulsoryEducation.on(born, date, false);
    CompulsoryEducation yesterday = CompulsoryEducation.on(born, date.minusDays(1), false);
    Set<LocalDate> changeDays = Set.of(
        CompulsoryEducation.startOf(born),
        CompulsoryEducation.endOf(born).plusDays(1),
        CompulsoryEducation.qualificationDutyEndOf(born).plusDays(1));
    if (today != yesterday) {
      assertThat(changeDays).contains(date);
    } else {
      assertThat(changeDays).doesNotContain(date);
    }
  }

  @Property
  void ageChangesOnlyOnBirthdays(@ForAll("born") LocalDate born, @ForAll("dates") LocalDate date) {
    if (!date.isAfter(born)) {
      return;
    }
    int today = CompulsoryEducation.ageOn(born, date);
    int yesterday = CompulsoryEducation.ageOn(born, date.minusDays(1));
    assertThat(today - yesterday).isBetween(0, 1);
    if (today != yesterday) {
      assertThat(born.plusYears(today)).isEqualTo(date);
    }
  }

  @Provide
  Arbitrary<LocalDate> born() {
    return DomainArbitraries.datesOfBirth();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates();
  }
}
