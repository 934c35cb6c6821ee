package nl.passend.domain.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;

/** R-INT-5: an enrolment in BO or SBO starts no earlier than the 4th birthday, in VO or PrO the 10th. */
class EnrolmentAgeTest {
  private static final LocalDate BORN = LocalDate.of(2012, 2, 29);

  @Test
  void theEarliestStartPerSchoolType_R_INT_5() {
    assertThat(Enrolment.earliestStart(SchoolType.BO, BORN)).isEqualTo("2016-02-29");
    assertThat(Enrolment.earliestStart(SchoolType.SBO, BORN)).isEqualTo("2016-02-29");
    assertThat(Enrolment.earliestStart(SchoolType.VO, BORN)).isEqualTo("2022-02-28");
    assertThat(Enrolment.earliestStart(SchoolType.PRO, BORN)).isEqualTo("2022-02-28");
    assertThat(Enrolment.earliestStart(SchoolType.SO, BORN)).isEqualTo(BORN);
    assertThat(Enrolment.earliestStart(SchoolType.VSO, BORN)).isEqualTo(BORN);
  }

  @Test
  void aStudentCannotHoldAnEnrolmentBeforeItsAge_R_INT_5() {
    EnrolmentHistory vo = EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of("99VO00"), SchoolType.VO, LocalDate.of(2022, 2, 27)));
    assertThatThrownBy(() -> Student.register(StudentId.of("s"), BORN, LocalDate.of(2025, 1, 1), vo))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("enrolledFrom");
          assertThat(e.reason()).contains("a VO enrolment starts no earlier than the student's 10th birthday, 2022-02-28");
        });
    EnrolmentHistory ok = EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of("99VO00"), SchoolType.VO, LocalDate.of(2022, 2, 28)));
    assertThat(Student.register(StudentId.of("s"), BORN, LocalDate.of(2025, 1, 1), ok).enrolments().size()).isEqualTo(1);
    assertThat(Enrolment.tooEarly(SchoolType.BO, LocalDate.of(2016, 2, 28), BORN)).hasValueSatisfying(why -> assertThat(why).contains("4th birthday"));
    assertThat(Enrolment.tooEarly(SchoolType.SO, BORN.minusDays(1), BORN)).contains("lies before the date of birth");
    assertThat(Enrolment.tooEarly(SchoolType.SO, BORN, BORN)).isEmpty();
  }
}
