package nl.passend.domain.student;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;

/**
 * Inschrijving: a period in which a student is enrolled at a school (R-STU-3).
 *
 * @param school the school's BRIN code
 * @param schoolType the type of education the student follows there
 * @param from the first day of the enrolment
 * @param until the last day of the enrolment (inclusive), empty while it lasts
 */
public record Enrolment(BrinCode school, SchoolType schoolType, LocalDate from, Optional<LocalDate> until) {
  /** Validates the period. */
  public Enrolment {
    Validation.present(school, "schoolBrin");
    Validation.present(schoolType, "schoolType");
    Validation.present(from, "enrolledFrom");
    Validation.present(until, "enrolledUntil");
    until.ifPresent(u -> Validation.require(!u.isBefore(from), "enrolledUntil",
        "an enrolment cannot end (%s) before it starts (%s)", u, from));
  }

  /**
   * The first day a student born on {@code bornOn} can be enrolled at a school of this type (R-INT-5):
   * BO and SBO from the 4th birthday (WPO art. 39), VO and PrO from the 10th (decided: an earlier date
   * is a typing error); SO and VSO from birth.
   */
  public static LocalDate earliestStart(SchoolType type, LocalDate bornOn) {
    Validation.present(bornOn, "dateOfBirth");
    return switch (type) {
      case BO, SBO -> bornOn.plusYears(4);
      case VO, PRO -> bornOn.plusYears(10);
      default -> bornOn;
    };
  }

  /** Why this enrolment cannot be one of a student born on {@code bornOn}, if it cannot (R-INT-5). */
  public Optional<String> tooEarlyFor(LocalDate bornOn) {
    return tooEarly(schoolType, from, bornOn);
  }

  /** Why an enrolment at a school of this type from {@code from} cannot be one of a student born on {@code bornOn}, if it cannot (R-INT-5). */
  public static Optional<String> tooEarly(SchoolType schoolType, LocalDate from, LocalDate bornOn) {
    LocalDate earliest = earliestStart(schoolType, bornOn);
    if (!from.isBefore(earliest)) {
      return Optional.empty();
    }
    return Optional.of(earliest.equals(bornOn) ? "lies before the date of birth"
        : schoolType.withArticle() + " enrolment starts no earlier than the student's " + (schoolType == SchoolType.BO || schoolType == SchoolType.SBO ? 4 : 10)
            + "th birthday, " + earliest + " (R-INT-5)");
  }

  /** An enrolment that has not ended. */
  public static Enrolment open(BrinCode school, SchoolType type, LocalDate from) {
    return new Enrolment(school, type, from, Optional.empty());
  }

  /** An enrolment with a last day. */
  public static Enrolment closed(BrinCode school, SchoolType type, LocalDate from, LocalDate until) {
    return new Enrolment(school, type, from, Optional.of(until));
  }

  /** Whether the student is enrolled on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  /** This enrolment ended on {@code lastDay}. */
  public Enrolment endingOn(LocalDate lastDay) {
    return new Enrolment(school, schoolType, from, Optional.of(lastDay));
  }

  /** The number of days both enrolments hold (0 when they do not overlap). */
  public long overlapDays(Enrolment other) {
    LocalDate start = from.isAfter(other.from) ? from : other.from;
    LocalDate end = minEnd(until, other.until);
    if (end == null) {
      return Long.MAX_VALUE;
    }
    return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
  }

  private static LocalDate minEnd(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b.orElse(null);
    }
    if (b.isEmpty()) {
      return a.get();
    }
    return a.get().isBefore(b.get()) ? a.get() : b.get();
  }
}
