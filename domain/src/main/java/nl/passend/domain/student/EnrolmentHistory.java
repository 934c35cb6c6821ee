package nl.passend.domain.student;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Inschrijvingsgeschiedenis: a student's enrolments in order of their first day, with at most one
 * school on any date (R-STU-3). Because the receiving school enrols first and the referring school
 * de-enrols afterwards, two enrolments may overlap by at most the policy's tolerance in days
 * (default 0); on such a handover day the later enrolment, at the receiving school, counts.
 *
 * @param enrolments the enrolments, ordered by first day
 * @param toleranceDays how many days two enrolments may overlap
 */
public record EnrolmentHistory(List<Enrolment> enrolments, int toleranceDays) {
  private static final Comparator<Enrolment> BY_START =
      Comparator.comparing(Enrolment::from).thenComparing(e -> e.until().orElse(LocalDate.MAX));

  /** Validates the history: ordered and without overlap beyond the tolerance. */
  public EnrolmentHistory {
    Validation.present(enrolments, "enrolments");
    Validation.require(toleranceDays >= 0 && toleranceDays <= 31, "enrolmentOverlapToleranceDays",
        "must be 0 to 31 days, but was %d", toleranceDays);
    List<Enrolment> sorted = new ArrayList<>(enrolments);
    sorted.sort(BY_START);
    for (int i = 1; i < sorted.size(); i++) {
      Enrolment earlier = sorted.get(i - 1);
      Enrolment later = sorted.get(i);
      // Each enrolment must have ended (within the tolerance) before the next starts; checking
      // neighbours suffices because an earlier open enrolment would overlap its neighbour too.
      long overlap = earlier.overlapDays(later);
      if (overlap > toleranceDays) {
        throw new InvalidValueException("enrolments", String.format(
            "enrolment at %s from %s overlaps enrolment at %s from %s by %s; at most %d day(s) of handover are allowed (R-STU-3)",
            later.school(), later.from(), earlier.school(), earlier.from(),
            overlap == Long.MAX_VALUE ? "an open-ended period" : overlap + " day(s)", toleranceDays));
      }
      if (i >= 2) {
        Enrolment beforeEarlier = sorted.get(i - 2);
        Validation.require(beforeEarlier.overlapDays(later) == 0, "enrolments",
            "three enrolments overlap on one date (R-STU-3)");
      }
    }
    enrolments = ImmutableList.copyOf(sorted);
  }

  /** An empty history with no tolerance. */
  public static EnrolmentHistory empty() {
    return new EnrolmentHistory(List.of(), 0);
  }

  /** An empty history with the given tolerance in days. */
  public static EnrolmentHistory empty(int toleranceDays) {
    return new EnrolmentHistory(List.of(), toleranceDays);
  }

  /** A history holding the enrolments, checked against the tolerance. */
  public static EnrolmentHistory of(int toleranceDays, List<Enrolment> enrolments) {
    return new EnrolmentHistory(enrolments, toleranceDays);
  }

  /**
   * A new history with the enrolment added. The referring school's enrolment must have ended (see
   * {@link #deEnrol}) by the new one's first day, give or take the tolerance (R-STU-3).
   *
   * @throws InvalidValueException when the enrolment overlaps another beyond the tolerance
   */
  public EnrolmentHistory enrol(Enrolment enrolment) {
    Validation.present(enrolment, "enrolment");
    List<Enrolment> next = new ArrayList<>(enrolments);
    next.add(enrolment);
    return new EnrolmentHistory(next, toleranceDays);
  }

  /** A new history in which the enrolment at {@code school} that is active on {@code lastDay} ends then. */
  public EnrolmentHistory deEnrol(BrinCode school, LocalDate lastDay) {
    List<Enrolment> next = new ArrayList<>();
    boolean found = false;
    for (Enrolment e : enrolments) {
      if (!found && e.school().equals(school) && e.activeOn(lastDay)) {
        next.add(e.endingOn(lastDay));
        found = true;
      } else {
        next.add(e);
      }
    }
    Validation.require(found, "enrolledUntil", "there is no enrolment at %s on %s to end", school, lastDay);
    return new EnrolmentHistory(next, toleranceDays);
  }

  /**
   * The enrolment on {@code date}; on a handover day within the tolerance, the one that started
   * last (the receiving school).
   */
  public Optional<Enrolment> on(LocalDate date) {
    Enrolment found = null;
    for (Enrolment e : enrolments) {
      if (e.from().isAfter(date)) {
        break;
      }
      if (e.activeOn(date)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The number of enrolments. */
  public int size() {
    return enrolments.size();
  }
}
