package nl.passend.domain.absence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.student.CompulsoryEducation;
import nl.passend.domain.student.Student;

/**
 * Verzuimclassificatie (R-TZ-1): decides the one category of a student on a date from the
 * enrolments, exemptions and absence records, in this order: exempt; absolute absence (attendance
 * required under the compulsory education or qualification duty, not enrolled); long-term relative
 * absence (enrolled, an unexcused absence of more than 4 school weeks); relative absence (16 hours
 * or more without valid reason in the last 4 school weeks); none.
 *
 * <p>Decided: school weeks exclude the school holidays of the partnership's calendar; an absence is
 * measured in days outside holidays, so "more than 4 weeks" is more than 28 such days and exactly 4
 * weeks is not yet a thuiszitter. Weekends inside the absence count, as they do in a calendar week.
 * A whole day of unexcused absence on a weekday outside holidays counts for
 * {@link AbsenceRules#hoursPerSchoolDay()} hours of truancy.
 */
public final class AbsenceClassifier {
  private final AbsenceRules rules;
  private final SchoolCalendar calendar;

  /** A classifier with the partnership's rules and calendar. */
  public AbsenceClassifier(AbsenceRules rules, SchoolCalendar calendar) {
    this.rules = Validation.present(rules, "absenceRules");
    this.calendar = Validation.present(calendar, "calendar");
  }

  /** The category of the student on {@code date}. */
  public AbsenceStatus classify(Student student, LocalDate date, List<Exemption> exemptions, List<AbsencePeriod> absences,
      List<MissedLessons> missed) {
    Validation.present(student, "student");
    Validation.present(date, "date");
    Optional<Exemption> exemption = exemptions.stream().filter(e -> e.appliesOn(date)).findFirst();
    if (exemption.isPresent()) {
      return new AbsenceStatus(AbsenceCategory.EXEMPT, Optional.of(exemption.get().ground()), "exempt from compulsory education");
    }
    if (date.isBefore(student.dateOfBirth())) {
      return new AbsenceStatus(AbsenceCategory.NONE, Optional.empty(), "not yet born on the date");
    }
    boolean enrolled = student.enrolmentOn(date).isPresent();
    CompulsoryEducation duty = student.compulsoryEducationOn(date);
    if (!enrolled) {
      return duty.attendanceRequired()
          ? new AbsenceStatus(AbsenceCategory.ABSOLUTE_ABSENCE, Optional.empty(), "of compulsory-school age (" + duty + ") and not enrolled at any school")
          : new AbsenceStatus(AbsenceCategory.NONE, Optional.empty(), "not enrolled and not of compulsory-school age (" + duty + ")");
    }
    Optional<AbsencePeriod> ongoing = absences.stream().filter(a -> !a.excused() && a.covers(date)).findFirst();
    if (ongoing.isPresent()) {
      long days = daysOutsideHolidays(ongoing.get().from(), date);
      if (days > rules.longTermWeeks() * 7L) {
        return new AbsenceStatus(AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE, Optional.empty(),
            "absent without valid reason for " + days + " days outside holidays, more than " + rules.longTermWeeks() + " weeks");
      }
    }
    long hours = truancyHours(date, absences, missed);
    if (hours >= rules.truancyHours()) {
      return new AbsenceStatus(AbsenceCategory.RELATIVE_ABSENCE, Optional.empty(),
          hours + " hours missed without valid reason in " + rules.truancyWindowWeeks() + " school weeks");
    }
    return new AbsenceStatus(AbsenceCategory.NONE, Optional.empty(), "enrolled, no absence above the thresholds");
  }

  /** The days from {@code from} to {@code to} inclusive that fall outside school holidays. */
  long daysOutsideHolidays(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    long all = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    return all - calendar.holidayDaysBetween(from.minusDays(1), to);
  }

  /** The first day of the window of school weeks that ends on {@code date}. */
  LocalDate windowStart(LocalDate date) {
    long needed = rules.truancyWindowWeeks() * 7L;
    LocalDate start = date;
    long counted = calendar.isHoliday(date) ? 0 : 1;
    while (counted < needed) {
      start = start.minusDays(1);
      if (!calendar.isHoliday(start)) {
        counted++;
      }
    }
    return start;
  }

  private long truancyHours(LocalDate date, List<AbsencePeriod> absences, List<MissedLessons> missed) {
    LocalDate start = windowStart(date);
    long hours = 0;
    for (MissedLessons m : missed) {
      if (!m.date().isBefore(start) && !m.date().isAfter(date)) {
        hours += m.hours();
      }
    }
    for (AbsencePeriod a : absences) {
      if (a.excused()) {
        continue;
      }
      LocalDate d = a.from().isBefore(start) ? start : a.from();
      LocalDate end = a.until().filter(u -> u.isBefore(date)).orElse(date);
      for (; !d.isAfter(end); d = d.plusDays(1)) {
        if (!calendar.isHoliday(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          hours += rules.hoursPerSchoolDay();
        }
      }
    }
    return hours;
  }
}
