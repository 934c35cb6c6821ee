package nl.passend.domain.student;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Leerling: a student, known by a pseudonymous id, with an optional citizen number, a date of
 * birth, guardians and an enrolment history (R-STU-1..3). {@link #toString()} shows only the id.
 *
 * @param id the pseudonymous id
 * @param dateOfBirth the date of birth (personal data)
 * @param bsn the citizen number, when known (personal data)
 * @param guardians the guardians
 * @param enrolments the enrolment history
 * @param startQualificationOn the day a startkwalificatie was obtained, when it was
 */
public record Student(
    StudentId id,
    LocalDate dateOfBirth,
    Optional<Bsn> bsn,
    List<Guardian> guardians,
    EnrolmentHistory enrolments,
    Optional<LocalDate> startQualificationOn) {

  /** Validates the student. */
  public Student {
    Validation.present(id, "studentId");
    Validation.present(dateOfBirth, "dateOfBirth");
    Validation.present(bsn, "bsn");
    Validation.present(guardians, "guardians");
    guardians = ImmutableList.copyOf(guardians);
    Validation.present(enrolments, "enrolments");
    Validation.present(startQualificationOn, "startQualificationOn");
    startQualificationOn.ifPresent(d -> Validation.require(d.isAfter(dateOfBirth), "startQualificationOn",
        "a startkwalificatie cannot be obtained before birth"));
    for (Enrolment e : enrolments.enrolments()) {
      e.tooEarlyFor(dateOfBirth).ifPresent(why -> {
        throw new nl.passend.domain.common.InvalidValueException("enrolledFrom", why);
      });
    }
  }

  /**
   * Registers a student known on {@code today}; the date of birth may not lie after it (R-STU-1).
   */
  public static Student register(StudentId id, LocalDate dateOfBirth, LocalDate today, EnrolmentHistory enrolments) {
    Validation.present(dateOfBirth, "dateOfBirth");
    Validation.present(today, "today");
    Validation.require(!dateOfBirth.isAfter(today), "dateOfBirth", "must not lie in the future");
    return new Student(id, dateOfBirth, Optional.empty(), List.of(), enrolments, Optional.empty());
  }

  /** Age in whole years on {@code date} (R-STU-2). */
  public int ageOn(LocalDate date) {
    return CompulsoryEducation.ageOn(dateOfBirth, date);
  }

  /** Compulsory-education status on {@code date} (R-STU-2). */
  public CompulsoryEducation compulsoryEducationOn(LocalDate date) {
    boolean qualified = startQualificationOn.map(d -> !d.isAfter(date)).orElse(false);
    return CompulsoryEducation.on(dateOfBirth, date, qualified);
  }

  /** The enrolment on {@code date} (R-STU-3). */
  public Optional<Enrolment> enrolmentOn(LocalDate date) {
    return enrolments.on(date);
  }

  /** A copy with the citizen number set. */
  public Student withBsn(Bsn value) {
    return new Student(id, dateOfBirth, Optional.of(value), guardians, enrolments, startQualificationOn);
  }

  /** A copy with the guardians replaced. */
  public Student withGuardians(List<Guardian> value) {
    return new Student(id, dateOfBirth, bsn, value, enrolments, startQualificationOn);
  }

  /** A copy with the enrolment history replaced. */
  public Student withEnrolments(EnrolmentHistory value) {
    return new Student(id, dateOfBirth, bsn, guardians, value, startQualificationOn);
  }

  /** A copy that records a startkwalificatie obtained on {@code date}. */
  public Student withStartQualificationOn(LocalDate date) {
    return new Student(id, dateOfBirth, bsn, guardians, enrolments, Optional.of(date));
  }

  /** Only the pseudonymous id: a student's personal data never reaches a log. */
  @Override
  public String toString() {
    return "Student[" + id + "]";
  }
}
