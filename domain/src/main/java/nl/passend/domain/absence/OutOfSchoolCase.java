package nl.passend.domain.absence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.student.StudentId;

/**
 * Thuiszittersdossier: a student at home without education, from the start date, with the reason,
 * the board with the placement duty, the coordinator (regievoerder) and every step (R-TZ-2). When the
 * case stalls the school escalates it to the partnership; when it is unclear who has the placement
 * duty the partnership's director designates a school (R-TZ-3).
 *
 * @param id the case id
 * @param partnership the partnership
 * @param student the student
 * @param category the absence category that opened it (absolute or long-term relative absence)
 * @param startedOn the first day at home
 * @param reason why, in words without personal data
 * @param boardWithDuty the board with the placement duty, when known
 * @param coordinator the coordinator (an actor reference)
 * @param steps the steps taken
 * @param offerOn the day an offer of education or care was made, if so
 * @param escalatedOn the day the school escalated it to the partnership, if so
 * @param designatedSchool the school the director designated, if so
 * @param closedOn the day it was closed, if so
 * @param version for optimistic locking
 */
public record OutOfSchoolCase(
    CaseId id,
    PartnershipId partnership,
    StudentId student,
    AbsenceCategory category,
    LocalDate startedOn,
    String reason,
    Optional<BoardId> boardWithDuty,
    String coordinator,
    List<CaseStep> steps,
    Optional<LocalDate> offerOn,
    Optional<LocalDate> escalatedOn,
    Optional<BrinCode> designatedSchool,
    Optional<LocalDate> closedOn,
    long version) {

  /** Validates the case. */
  public OutOfSchoolCase {
    Validation.present(id, "id");
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(category, "category");
    Validation.require(category.isOutOfSchool(), "category", "a case is opened for absolute or long-term relative absence, not %s", category);
    Validation.present(startedOn, "startedOn");
    reason = Validation.text(reason, "reason");
    Validation.present(boardWithDuty, "boardWithDuty");
    coordinator = Validation.text(coordinator, "coordinator");
    steps = ImmutableList.copyOf(Validation.present(steps, "steps"));
    Validation.present(offerOn, "offerOn");
    Validation.present(escalatedOn, "escalatedOn");
    Validation.present(designatedSchool, "designatedSchool");
    Validation.present(closedOn, "closedOn");
    closedOn.ifPresent(c -> Validation.require(!c.isBefore(startedOn), "closedOn", "a case cannot close before it started"));
  }

  /** Opens a case. */
  public static OutOfSchoolCase open(CaseId id, PartnershipId partnership, StudentId student, AbsenceCategory category, LocalDate startedOn,
      String reason, Optional<BoardId> boardWithDuty, String coordinator) {
    return new OutOfSchoolCase(id, partnership, student, category, startedOn, reason, boardWithDuty, coordinator, List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
  }

  /** The days at home on {@code date}: from the start to the date, or to the closing day; never decreasing. */
  public long durationDaysOn(LocalDate date) {
    LocalDate end = closedOn.filter(c -> c.isBefore(date)).orElse(date);
    return end.isBefore(startedOn) ? 0 : ChronoUnit.DAYS.between(startedOn, end);
  }

  /** Whether the case is open on {@code date}. */
  public boolean isOpenOn(LocalDate date) {
    return !startedOn.isAfter(date) && closedOn.map(c -> c.isAfter(date)).orElse(true);
  }

  /**
   * Whether on {@code date} the student has been at home longer than the national target without an
   * offer of education or care (R-TZ-2: nobody longer than 3 months).
   */
  public boolean exceedsNationalTarget(LocalDate date, AbsenceRules rules) {
    boolean offered = offerOn.filter(o -> !o.isAfter(date)).isPresent();
    return isOpenOn(date) && !offered && date.isAfter(startedOn.plusMonths(rules.nationalTargetMonths()));
  }

  /** A copy with a step recorded. */
  public OutOfSchoolCase withStep(CaseStep step) {
    requireOpen();
    Validation.require(!step.on().isBefore(startedOn), "on", "a step cannot precede the start of the case");
    List<CaseStep> next = new ArrayList<>(steps);
    next.add(step);
    return copy(next, offerOn, escalatedOn, designatedSchool, closedOn, boardWithDuty);
  }

  /** A copy in which an offer of education or care was made on {@code on}. */
  public OutOfSchoolCase withOffer(LocalDate on, String by, String description) {
    return withStep(new CaseStep(on, by, description)).copyOffer(on);
  }

  /** A copy escalated to the partnership by the school because it stalls (R-TZ-3). */
  public OutOfSchoolCase escalate(LocalDate on, String by, String why) {
    requireOpen();
    if (escalatedOn.isPresent()) {
      throw new RuleViolationException("R-TZ-3", "the case was escalated already on " + escalatedOn.get());
    }
    OutOfSchoolCase stepped = withStep(new CaseStep(on, by, "escalated to the partnership: " + why));
    return stepped.copy(stepped.steps, offerOn, Optional.of(on), designatedSchool, closedOn, boardWithDuty);
  }

  /**
   * A copy in which the partnership's director designates a school with the placement duty, because it
   * is unclear who has it (R-TZ-3).
   *
   * @throws RuleViolationException when a board with the duty is known
   */
  public OutOfSchoolCase designateSchool(BrinCode school, BoardId itsBoard, LocalDate on, String by) {
    requireOpen();
    if (boardWithDuty.isPresent()) {
      throw new RuleViolationException("R-TZ-3", "the director designates a school only when it is unclear who has the placement duty");
    }
    OutOfSchoolCase stepped = withStep(new CaseStep(on, by, "director designated school " + school));
    return stepped.copy(stepped.steps, offerOn, escalatedOn, Optional.of(school), closedOn, Optional.of(itsBoard));
  }

  /** A copy closed on {@code on}: the student is back at school or in care. */
  public OutOfSchoolCase close(LocalDate on, String by, String why) {
    requireOpen();
    OutOfSchoolCase stepped = withStep(new CaseStep(on, by, "closed: " + why));
    return stepped.copy(stepped.steps, offerOn, escalatedOn, designatedSchool, Optional.of(on), boardWithDuty);
  }

  /** A copy with the version the repository stored. */
  public OutOfSchoolCase withVersion(long newVersion) {
    return new OutOfSchoolCase(id, partnership, student, category, startedOn, reason, boardWithDuty, coordinator, steps, offerOn, escalatedOn,
        designatedSchool, closedOn, newVersion);
  }

  private void requireOpen() {
    if (closedOn.isPresent()) {
      throw new RuleViolationException("R-TZ-2", "the case was closed on " + closedOn.get());
    }
  }

  private OutOfSchoolCase copyOffer(LocalDate on) {
    return copy(steps, offerOn.isPresent() ? offerOn : Optional.of(on), escalatedOn, designatedSchool, closedOn, boardWithDuty);
  }

  private OutOfSchoolCase copy(List<CaseStep> s, Optional<LocalDate> offer, Optional<LocalDate> escalated, Optional<BrinCode> designated,
      Optional<LocalDate> closed, Optional<BoardId> board) {
    return new OutOfSchoolCase(id, partnership, student, category, startedOn, reason, board, coordinator, s, offer, escalated, designated,
        closed, version);
  }
}
