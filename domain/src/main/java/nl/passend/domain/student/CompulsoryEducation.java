package nl.passend.domain.student;

import java.time.LocalDate;
import java.time.Period;
import nl.passend.domain.common.Validation;
import nl.passend.domain.time.SchoolYear;

/**
 * Leerplicht en kwalificatieplicht: the status of a young person under the Compulsory Education Act
 * on a date (R-STU-2).
 *
 * <ul>
 *   <li>Leerplicht starts on the first day of the month after the month of the 5th birthday
 *       ("de eerste schooldag van de maand volgende op die waarin de jongere vijf jaar is geworden";
 *       decided: the first calendar day of that month, since school days differ per school).
 *   <li>It ends at the end of the school year (31 July) in which the young person turns 16.
 *   <li>Kwalificatieplicht follows until the 18th birthday, unless the young person holds a
 *       startkwalificatie (havo, vwo or mbo-2 diploma).
 * </ul>
 */
public enum CompulsoryEducation {
  /** Not yet of compulsory-school age (younger than five, or five in the month of the birthday). */
  NOT_YET,
  /** Leerplichtig: of compulsory-school age. */
  COMPULSORY_EDUCATION,
  /** Kwalificatieplichtig: past compulsory education, under 18 and without startkwalificatie. */
  QUALIFICATION_DUTY,
  /** Neither: 18 or older, or holding a startkwalificatie after compulsory education. */
  NONE;

  /** Whether the young person must attend school on the date (either duty applies). */
  public boolean attendanceRequired() {
    return this == COMPULSORY_EDUCATION || this == QUALIFICATION_DUTY;
  }

  /** The first day of compulsory education for someone born on {@code dateOfBirth}. */
  public static LocalDate startOf(LocalDate dateOfBirth) {
    Validation.present(dateOfBirth, "dateOfBirth");
    return dateOfBirth.plusYears(5).withDayOfMonth(1).plusMonths(1);
  }

  /** The last day of compulsory education: 31 July of the school year in which the 16th birthday falls. */
  public static LocalDate endOf(LocalDate dateOfBirth) {
    Validation.present(dateOfBirth, "dateOfBirth");
    return SchoolYear.containing(dateOfBirth.plusYears(16)).lastDay();
  }

  /** The last day of the qualification duty: the day before the 18th birthday. */
  public static LocalDate qualificationDutyEndOf(LocalDate dateOfBirth) {
    Validation.present(dateOfBirth, "dateOfBirth");
    return dateOfBirth.plusYears(18).minusDays(1);
  }

  /**
   * The status on {@code date}.
   *
   * @param dateOfBirth the date of birth
   * @param date the date asked about
   * @param hasStartQualification whether a startkwalificatie was obtained on or before {@code date}
   */
  public static CompulsoryEducation on(LocalDate dateOfBirth, LocalDate date, boolean hasStartQualification) {
    Validation.present(date, "date");
    if (date.isBefore(startOf(dateOfBirth))) {
      return NOT_YET;
    }
    if (!date.isAfter(endOf(dateOfBirth))) {
      return COMPULSORY_EDUCATION;
    }
    if (!hasStartQualification && !date.isAfter(qualificationDutyEndOf(dateOfBirth))) {
      return QUALIFICATION_DUTY;
    }
    return NONE;
  }

  /** Age in whole years on {@code date} (someone born on 29 February turns a year older on 1 March in other years). */
  public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
    Validation.present(dateOfBirth, "dateOfBirth");
    Validation.present(date, "date");
    Validation.require(!date.isBefore(dateOfBirth), "date", "age is asked for a date before the date of birth");
    return Period.between(dateOfBirth, date).getYears();
  }
}
