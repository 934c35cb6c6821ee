package nl.passend.domain.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;

class EnrolmentHistoryTest {
  private static final BrinCode REFERRING = BrinCode.of("99AA00");
  private static final BrinCode RECEIVING = BrinCode.of("99BB00");

  @Test
  void enrolmentOnADate_R_STU_3() {
    EnrolmentHistory history = EnrolmentHistory.empty()
        .enrol(Enrolment.closed(REFERRING, SchoolType.BO, LocalDate.of(2020, 8, 1), LocalDate.of(2024, 3, 31)))
        .enrol(Enrolment.open(RECEIVING, SchoolType.SBO, LocalDate.of(2024, 4, 1)));
    assertThat(history.on(LocalDate.of(2024, 3, 31))).map(Enrolment::school).contains(REFERRING);
    assertThat(history.on(LocalDate.of(2024, 4, 1))).map(Enrolment::school).contains(RECEIVING);
    assertThat(history.on(LocalDate.of(2020, 7, 31))).isEmpty();
  }

  @Test
  void overlapIsAnErrorByDefault_R_STU_3() {
    EnrolmentHistory history = EnrolmentHistory.empty()
        .enrol(Enrolment.open(REFERRING, SchoolType.BO, LocalDate.of(2020, 8, 1)));
    assertThatThrownBy(() -> history.enrol(Enrolment.open(RECEIVING, SchoolType.SBO, LocalDate.of(2024, 4, 1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("enrolments")
        .hasMessageContaining("R-STU-3");
  }

  @Test
  void receivingSchoolEnrolsFirstThenReferringSchoolDeEnrolsWithinTheTolerance_R_STU_3() {
    EnrolmentHistory history = EnrolmentHistory.empty(2)
        .enrol(Enrolment.open(REFERRING, SchoolType.BO, LocalDate.of(2020, 8, 1)))
        // The referring school de-enrols one day after the receiving school enrolled: 2 days of overlap.
        .deEnrol(REFERRING, LocalDate.of(2024, 4, 2))
        .enrol(Enrolment.open(RECEIVING, SchoolType.SBO, LocalDate.of(2024, 4, 1)));
    assertThat(history.on(LocalDate.of(2024, 4, 1))).map(Enrolment::school).contains(RECEIVING);
    assertThat(history.on(LocalDate.of(2024, 4, 2))).map(Enrolment::school).contains(RECEIVING);
    assertThatThrownBy(() -> EnrolmentHistory.empty(1)
        .enrol(Enrolment.closed(REFERRING, SchoolType.BO, LocalDate.of(2020, 8, 1), LocalDate.of(2024, 4, 2)))
        .enrol(Enrolment.open(RECEIVING, SchoolType.SBO, LocalDate.of(2024, 4, 1))))
        .hasMessageContaining("2 day(s)");
  }

  @Test
  void enrolmentCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> Enrolment.closed(REFERRING, SchoolType.BO, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 1)))
        .hasMessageContaining("enrolledUntil");
  }

  @Test
  void studentDateOfBirthMayNotLieInTheFuture_R_STU_1() {
    assertThatThrownBy(() -> Student.register(StudentId.of("s1"), LocalDate.of(2030, 1, 1), LocalDate.of(2025, 1, 1), EnrolmentHistory.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("dateOfBirth");
    Student student = Student.register(StudentId.of("s1"), LocalDate.of(2015, 6, 1), LocalDate.of(2025, 1, 1), EnrolmentHistory.empty())
        .withBsn(Bsn.of("111222333"));
    assertThat(student.toString()).doesNotContain("2015").doesNotContain("111222333");
    assertThat(student.ageOn(LocalDate.of(2025, 6, 1))).isEqualTo(10);
  }

  /** Whatever enrolments are offered, the history never holds two schools on one date (tolerance 0). */
  @Property
  void neverTwoSchoolsOnOneDate(@ForAll("periods") List<Enrolment> offered, @ForAll("days") int probe) {
    EnrolmentHistory history = EnrolmentHistory.empty();
    for (Enrolment e : offered) {
      try {
        history = history.enrol(e);
      } catch (InvalidValueException rejected) {
        assertThat(rejected.field()).isEqualTo("enrolments");
      }
    }
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(probe);
    EnrolmentHistory finalHistory = history;
    long active = finalHistory.enrolments().stream().filter(e -> e.activeOn(date)).count();
    assertThat(active).isLessThanOrEqualTo(1);
    assertThat(finalHistory.on(date).isPresent()).isEqualTo(active == 1);
  }

  @Provide
  Arbitrary<List<Enrolment>> periods() {
    Arbitrary<Enrolment> one = Combinators.combine(
            Arbitraries.of(REFERRING, RECEIVING, BrinCode.of("99CC00")),
            Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 200).injectNull(0.2))
        .as((school, start, length) -> new Enrolment(school, SchoolType.BO, LocalDate.of(2020, 1, 1).plusDays(start),
            length == null ? Optional.empty() : Optional.of(LocalDate.of(2020, 1, 1).plusDays(start + length))));
    return one.list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 700);
  }
}
