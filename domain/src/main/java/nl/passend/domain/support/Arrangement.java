package nl.passend.domain.support;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.student.StudentId;

/**
 * Arrangement: extra support granted by the partnership to a student at a school, for a period,
 * with a review date (R-SUP-1, R-SUP-2, R-SUP-5). Ambulante begeleiding may be granted in hours;
 * other support in money (euro cents).
 *
 * @param student the student
 * @param school the school where the support is given
 * @param type the kind of arrangement
 * @param start the first day
 * @param end the last day
 * @param reviewDue the day by which the arrangement is reviewed
 * @param hours the hours granted, for support granted in kind
 * @param amountCents the money granted, in euro cents
 */
public record Arrangement(
    StudentId student,
    BrinCode school,
    ArrangementType type,
    LocalDate start,
    LocalDate end,
    LocalDate reviewDue,
    Optional<Integer> hours,
    Optional<Long> amountCents) {

  /** Validates the arrangement. */
  public Arrangement {
    Validation.present(student, "studentId");
    Validation.present(school, "schoolBrin");
    Validation.present(type, "type");
    Validation.present(start, "start");
    Validation.present(end, "end");
    Validation.require(end.isAfter(start), "end", "an arrangement cannot end (%s) on or before its start (%s)", end, start);
    Validation.present(reviewDue, "reviewDue");
    Validation.require(!reviewDue.isBefore(start) && !reviewDue.isAfter(end), "reviewDue",
        "the review (%s) falls within the arrangement's period %s - %s", reviewDue, start, end);
    Validation.present(hours, "hours");
    Validation.present(amountCents, "amountCents");
    hours.ifPresent(h -> Validation.require(h > 0, "hours", "must be positive, but was %d", h));
    amountCents.ifPresent(a -> Validation.require(a > 0, "amount", "must be positive"));
    Validation.require(hours.isPresent() || amountCents.isPresent(), "hours",
        "an arrangement grants hours or an amount");
  }

  /**
   * Grants an arrangement under the partnership's rules: the kind must be one it offers (R-SUP-2:
   * {@code vo-31-02} offers no individual arrangements), ambulante begeleiding is granted in hours
   * where the rules say so, and the review is due after the rules' months, or at the end when that
   * comes first (R-SUP-5).
   *
   * @throws RuleViolationException when the partnership does not offer this kind, or grants it in
   *     hours and money was asked
   */
  public static Arrangement grant(
      ArrangementRules rules,
      StudentId student,
      BrinCode school,
      ArrangementType type,
      LocalDate start,
      LocalDate end,
      Optional<Integer> hours,
      Optional<Long> amountCents) {
    Validation.present(rules, "rules");
    Validation.present(type, "type");
    if (!rules.allows(type)) {
      throw new RuleViolationException("R-SUP-2", "the partnership does not grant arrangements of type " + type);
    }
    if (type == ArrangementType.AMBULATORY_GUIDANCE && rules.ambulatoryGuidanceInHours()
        && (hours.isEmpty() || amountCents.isPresent())) {
      throw new RuleViolationException("R-SUP-2", "ambulante begeleiding is granted in hours, not money, in this partnership");
    }
    Validation.present(start, "start");
    Validation.present(end, "end");
    Validation.require(end.isAfter(start), "end", "an arrangement cannot end (%s) on or before its start (%s)", end, start);
    LocalDate review = start.plusMonths(rules.reviewMonths());
    if (review.isAfter(end)) {
      review = end;
    }
    return new Arrangement(student, school, type, start, end, review, hours, amountCents);
  }

  /** Whether the arrangement runs on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether the review date has passed on {@code date} while the arrangement still runs. */
  public boolean isReviewOverdue(LocalDate date) {
    return date.isAfter(reviewDue) && !date.isAfter(end);
  }

  /** A copy after a review on {@code reviewedOn}: the next review is due {@code months} later, or at the end. */
  public Arrangement reviewed(LocalDate reviewedOn, int months) {
    Validation.require(!reviewedOn.isBefore(start), "reviewedOn", "a review cannot precede the arrangement's start");
    Validation.require(months >= 1 && months <= 12, "reviewMonths", "must be 1 to 12 months (R-SUP-5)");
    LocalDate next = reviewedOn.plusMonths(months);
    return new Arrangement(student, school, type, start, end, next.isAfter(end) ? end : next, hours, amountCents);
  }
}
