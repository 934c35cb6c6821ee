package nl.passend.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.HolidayPeriod;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class AbsenceClassifierTest {
  private static final AbsenceClassifier PLAIN = new AbsenceClassifier(AbsenceRules.national(), SchoolCalendar.none());
  private static final LocalDate BORN = LocalDate.of(2013, 5, 10);

  private static Student enrolled() {
    return Student.register(StudentId.of("s"), BORN, LocalDate.of(2025, 1, 1),
        EnrolmentHistory.empty().enrol(Enrolment.open(BrinCode.of("99AA00"), SchoolType.BO, LocalDate.of(2019, 8, 1))));
  }

  private static Student notEnrolled(LocalDate born) {
    return Student.register(StudentId.of("s"), born, LocalDate.of(2025, 1, 1), EnrolmentHistory.empty());
  }

  @Test
  void exactlyFourWeeksIsNotYetAThuiszitter_R_TZ_1() {
    LocalDate start = LocalDate.of(2025, 3, 3);
    List<AbsencePeriod> absence = List.of(new AbsencePeriod(start, Optional.empty(), false));
    // Day 28 of the absence: exactly 4 weeks.
    assertThat(PLAIN.classify(enrolled(), start.plusDays(27), List.of(), absence, List.of()).category())
        .isEqualTo(AbsenceCategory.RELATIVE_ABSENCE);
    // Day 29: more than 4 weeks.
    assertThat(PLAIN.classify(enrolled(), start.plusDays(28), List.of(), absence, List.of()).category())
        .isEqualTo(AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE);
  }

  @Test
  void schoolHolidaysDoNotCountTowardsTheFourWeeks_R_TZ_1() {
    LocalDate start = LocalDate.of(2025, 3, 3);
    HolidayCalendar calendar = HolidayCalendar.of(List.of(
        new HolidayPeriod(Region.NORTH, "spring", LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 23))));
    AbsenceClassifier withHolidays = new AbsenceClassifier(AbsenceRules.national(), calendar);
    List<AbsencePeriod> absence = List.of(new AbsencePeriod(start, Optional.empty(), false));
    assertThat(withHolidays.classify(enrolled(), start.plusDays(28), List.of(), absence, List.of()).category())
        .isEqualTo(AbsenceCategory.RELATIVE_ABSENCE);
    assertThat(withHolidays.classify(enrolled(), start.plusDays(28 + 9), List.of(), absence, List.of()).category())
        .isEqualTo(AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE);
  }

  @Test
  void sixteenHoursInFourSchoolWeeksIsRelativeAbsence_R_TZ_1() {
    LocalDate date = LocalDate.of(2025, 3, 28);
    List<MissedLessons> fifteen = List.of(new MissedLessons(date.minusDays(20), 8), new MissedLessons(date.minusDays(5), 7));
    assertThat(PLAIN.classify(enrolled(), date, List.of(), List.of(), fifteen).category()).isEqualTo(AbsenceCategory.NONE);
    List<MissedLessons> sixteen = List.of(new MissedLessons(date.minusDays(20), 8), new MissedLessons(date.minusDays(5), 8));
    assertThat(PLAIN.classify(enrolled(), date, List.of(), List.of(), sixteen).category()).isEqualTo(AbsenceCategory.RELATIVE_ABSENCE);
    List<MissedLessons> outsideWindow = List.of(new MissedLessons(date.minusDays(28), 8), new MissedLessons(date.minusDays(5), 8));
    assertThat(PLAIN.classify(enrolled(), date, List.of(), List.of(), outsideWindow).category()).isEqualTo(AbsenceCategory.NONE);
  }

  @Test
  void excusedAbsenceIsNeverTruancy_R_TZ_1() {
    LocalDate start = LocalDate.of(2025, 1, 6);
    List<AbsencePeriod> ill = List.of(new AbsencePeriod(start, Optional.empty(), true));
    assertThat(PLAIN.classify(enrolled(), start.plusDays(60), List.of(), ill, List.of()).category()).isEqualTo(AbsenceCategory.NONE);
  }

  @Test
  void notEnrolledOfCompulsoryAgeIsAbsoluteAbsence_R_TZ_1() {
    assertThat(PLAIN.classify(notEnrolled(BORN), LocalDate.of(2025, 3, 1), List.of(), List.of(), List.of()).category())
        .isEqualTo(AbsenceCategory.ABSOLUTE_ABSENCE);
    assertThat(PLAIN.classify(notEnrolled(LocalDate.of(2021, 1, 1)), LocalDate.of(2025, 3, 1), List.of(), List.of(), List.of()).category())
        .isEqualTo(AbsenceCategory.NONE);
  }

  @Test
  void aFiveYearOldIsCompulsoryFromTheFirstOfTheNextMonth_R_TZ_1_R_STU_2() {
    Student child = notEnrolled(LocalDate.of(2020, 3, 14));
    assertThat(PLAIN.classify(child, LocalDate.of(2025, 3, 31), List.of(), List.of(), List.of()).category()).isEqualTo(AbsenceCategory.NONE);
    assertThat(PLAIN.classify(child, LocalDate.of(2025, 4, 1), List.of(), List.of(), List.of()).category()).isEqualTo(AbsenceCategory.ABSOLUTE_ABSENCE);
  }

  @Test
  void anExemptStudentIsNeverAThuiszitter_R_TZ_1() {
    List<Exemption> exemption = List.of(new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, LocalDate.of(2024, 8, 1), Optional.empty()));
    AbsenceStatus status = PLAIN.classify(notEnrolled(BORN), LocalDate.of(2025, 3, 1), exemption, List.of(), List.of());
    assertThat(status.category()).isEqualTo(AbsenceCategory.EXEMPT);
    assertThat(status.ground()).contains(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL);
    List<AbsencePeriod> longAbsence = List.of(new AbsencePeriod(LocalDate.of(2024, 9, 1), Optional.empty(), false));
    assertThat(PLAIN.classify(enrolled(), LocalDate.of(2025, 3, 1), exemption, longAbsence, List.of()).category().isOutOfSchool()).isFalse();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 6000).map(d -> LocalDate.of(2008, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<List<AbsencePeriod>> absences() {
    return Arbitraries.integers().between(0, 6000).flatMap(start -> Arbitraries.integers().between(0, 120).injectNull(0.3)
        .flatMap(len -> Arbitraries.of(true, false).map(excused -> new AbsencePeriod(LocalDate.of(2008, 1, 1).plusDays(start),
            len == null ? Optional.empty() : Optional.of(LocalDate.of(2008, 1, 1).plusDays(start + len)), excused))))
        .list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Exemption>> exemptions() {
    return Arbitraries.integers().between(0, 6000).map(d -> new Exemption(ExemptionGround.ART_15_ALTERNATIVE_EDUCATION,
        LocalDate.of(2008, 1, 1).plusDays(d), Optional.of(LocalDate.of(2008, 1, 1).plusDays(d + 200)))).list().ofMaxSize(1);
  }

  /** Classification is total: every student on every date gets exactly one category, with the ground exactly when exempt. */
  @Property
  void classificationIsTotal(@ForAll("dates") LocalDate date, @ForAll boolean isEnrolled,
      @ForAll("absences") List<AbsencePeriod> absences, @ForAll("exemptions") List<Exemption> exemptions) {
    Student student = isEnrolled ? enrolled() : notEnrolled(BORN);
    AbsenceStatus status = PLAIN.classify(student, date, exemptions, absences, List.of());
    assertThat(status.category()).isNotNull();
    assertThat(status.ground().isPresent()).isEqualTo(status.category() == AbsenceCategory.EXEMPT);
    if (exemptions.stream().anyMatch(e -> e.appliesOn(date))) {
      assertThat(status.category()).isEqualTo(AbsenceCategory.EXEMPT);
    }
  }
}
