package nl.passend.domain.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/**
 * Zorgplichtdossier: a registration (aanmelding) of a student who needs extra support, and the
 * receiving board's duty to decide within 6 weeks, once extendable by at most 4, and to admit the
 * student or find another school that does (R-ZP-1, R-ZP-2). After 10 weeks without a decision, a
 * student not enrolled elsewhere is enrolled temporarily.
 *
 * @param id the case id
 * @param partnership the partnership
 * @param student the student
 * @param board the board with the duty
 * @param school the school where the student was registered
 * @param registeredOn the day of the registration
 * @param extensionWeeks the extension, once given (1 to 4 weeks)
 * @param outcome the outcome, once concluded
 * @param placedAt for {@code PLACED_ELSEWHERE}, the school that admits the student
 * @param concludedOn the day of the outcome
 * @param temporarilyEnrolledOn the day the student was enrolled temporarily, if so
 * @param version for optimistic locking
 */
public record PlacementDutyCase(
    CaseId id,
    PartnershipId partnership,
    StudentId student,
    BoardId board,
    BrinCode school,
    LocalDate registeredOn,
    Optional<Integer> extensionWeeks,
    Optional<PlacementOutcome> outcome,
    Optional<BrinCode> placedAt,
    Optional<LocalDate> concludedOn,
    Optional<LocalDate> temporarilyEnrolledOn,
    long version) {

  /** The weeks after which a student without decision is enrolled temporarily (R-ZP-1). */
  public static final int TEMPORARY_ENROLMENT_AFTER_WEEKS = 10;

  /** Validates the case. */
  public PlacementDutyCase {
    Validation.present(id, "id");
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(board, "boardId");
    Validation.present(school, "schoolBrin");
    Validation.present(registeredOn, "registeredOn");
    Validation.present(extensionWeeks, "extensionWeeks");
    extensionWeeks.ifPresent(w -> Validation.require(w >= 1 && w <= 4, "extensionWeeks",
        "a board may extend once by at most 4 weeks (R-ZP-1), not %d", w));
    Validation.present(outcome, "outcome");
    Validation.present(placedAt, "placedAt");
    Validation.present(concludedOn, "concludedOn");
    Validation.require(outcome.isPresent() == concludedOn.isPresent(), "outcome", "an outcome and its date go together");
    Validation.require(placedAt.isPresent() == (outcome.orElse(null) == PlacementOutcome.PLACED_ELSEWHERE), "placedAt",
        "PLACED_ELSEWHERE names the school that admits the student, and only it");
    Validation.present(temporarilyEnrolledOn, "temporarilyEnrolledOn");
  }

  /** Opens a case for a registration. */
  public static PlacementDutyCase register(CaseId id, PartnershipId partnership, StudentId student, BoardId board, BrinCode school, LocalDate on) {
    return new PlacementDutyCase(id, partnership, student, board, school, on, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), 0);
  }

  /** The last day of the term, with the extension when given (R-ZP-1). */
  public LocalDate decideBy(DeadlineRules rules) {
    return nl.passend.domain.deadline.DeadlineCalculator.placementDutyDecideBy(registeredOn, rules, extensionWeeks.orElse(0));
  }

  /**
   * Extends the term once, by at most the policy's weeks, before it ends; the guardians are told.
   *
   * @throws RuleViolationException when extended already, concluded, late or too long
   */
  public PlacementDutyCase extend(int weeks, LocalDate on, DeadlineRules rules) {
    if (outcome.isPresent()) {
      throw new RuleViolationException("R-ZP-1", "the case is concluded");
    }
    if (extensionWeeks.isPresent()) {
      throw new RuleViolationException("R-ZP-1", "the term may be extended only once");
    }
    if (weeks < 1 || weeks > rules.placementDutyExtensionWeeks()) {
      throw new RuleViolationException("R-ZP-1", "the term is extended by 1 to " + rules.placementDutyExtensionWeeks() + " weeks, not " + weeks);
    }
    if (on.isAfter(decideBy(rules))) {
      throw new RuleViolationException("R-ZP-1", "the term ended on " + decideBy(rules) + " and can no longer be extended");
    }
    return new PlacementDutyCase(id, partnership, student, board, school, registeredOn, Optional.of(weeks), outcome, placedAt,
        concludedOn, temporarilyEnrolledOn, version);
  }

  /**
   * Concludes the duty with an outcome (R-ZP-2).
   *
   * @param elsewhere for {@code PLACED_ELSEWHERE}, the school that admits the student
   */
  public PlacementDutyCase conclude(PlacementOutcome result, Optional<BrinCode> elsewhere, LocalDate on) {
    Validation.present(result, "outcome");
    Validation.present(on, "on");
    if (outcome.isPresent()) {
      throw new RuleViolationException("R-ZP-2", "the case was concluded already");
    }
    Validation.require(!on.isBefore(registeredOn), "on", "an outcome cannot precede the registration (%s)", registeredOn);
    if (result == PlacementOutcome.PLACED_ELSEWHERE && elsewhere.isEmpty()) {
      throw new RuleViolationException("R-ZP-2", "the duty is met by another school only when it admits the student: name it");
    }
    if (result == PlacementOutcome.PLACED_ELSEWHERE && elsewhere.get().equals(school)) {
      throw new RuleViolationException("R-ZP-2", "placed elsewhere names another school than " + school + ", which had the duty; "
          + "admission there is ADMITTED");
    }
    return new PlacementDutyCase(id, partnership, student, board, school, registeredOn, extensionWeeks, Optional.of(result),
        result == PlacementOutcome.PLACED_ELSEWHERE ? elsewhere : Optional.empty(), Optional.of(on), temporarilyEnrolledOn, version);
  }

  /**
   * A refusal without another place: never allowed (R-ZP-2).
   *
   * @throws RuleViolationException always
   */
  public PlacementDutyCase refuseWithoutPlace() {
    throw new RuleViolationException("R-ZP-2", "a board may refuse only when another school admits the student");
  }

  /**
   * Records that the student was enrolled temporarily, after 10 weeks without decision (R-ZP-1).
   *
   * @throws RuleViolationException before the 10 weeks have passed, once concluded, or a second time (R-INT-6)
   */
  public PlacementDutyCase enrolTemporarily(LocalDate on) {
    if (outcome.isPresent()) {
      throw new RuleViolationException("R-ZP-1", "the case is concluded");
    }
    if (temporarilyEnrolledOn.isPresent()) {
      throw new RuleViolationException("R-INT-6", "the student was enrolled temporarily already on " + temporarilyEnrolledOn.get()
          + "; temporary enrolment happens once");
    }
    LocalDate from = registeredOn.plusWeeks(TEMPORARY_ENROLMENT_AFTER_WEEKS);
    if (!on.isAfter(from)) {
      throw new RuleViolationException("R-ZP-1", "temporary enrolment follows only after 10 weeks without a decision, from " + from.plusDays(1));
    }
    return new PlacementDutyCase(id, partnership, student, board, school, registeredOn, extensionWeeks, outcome, placedAt, concludedOn,
        Optional.of(on), version);
  }

  /** Whether on {@code date} the student must be enrolled temporarily: 10 weeks passed, no decision, not enrolled elsewhere (R-ZP-1). */
  public boolean temporaryEnrolmentDue(LocalDate date, boolean enrolledElsewhere) {
    return outcome.isEmpty() && temporarilyEnrolledOn.isEmpty() && !enrolledElsewhere
        && date.isAfter(registeredOn.plusWeeks(TEMPORARY_ENROLMENT_AFTER_WEEKS));
  }

  /** The status on {@code date} (R-ZP-1, R-ZP-3). */
  public PlacementDutyStatus statusOn(LocalDate date, DeadlineRules rules) {
    if (concludedOn.filter(d -> !d.isAfter(date)).isPresent()) {
      return PlacementDutyStatus.CONCLUDED;
    }
    if (temporarilyEnrolledOn.filter(d -> !d.isAfter(date)).isPresent()) {
      return PlacementDutyStatus.TEMPORARILY_ENROLLED;
    }
    return date.isAfter(decideBy(rules)) ? PlacementDutyStatus.OVERDUE : PlacementDutyStatus.OPEN;
  }

  /**
   * Whether on {@code date} the term had passed and the case was still open (R-ZP-3): the state on
   * that date, so that a case concluded later still counts as overdue on a past count date (R-INT-8).
   */
  public boolean isOverdue(LocalDate date, DeadlineRules rules) {
    return isOpenOn(date) && date.isAfter(decideBy(rules));
  }

  /** Days past the term on {@code date}; 0 when not overdue. */
  public long daysOverdue(LocalDate date, DeadlineRules rules) {
    return isOverdue(date, rules) ? ChronoUnit.DAYS.between(decideBy(rules), date) : 0;
  }

  /** Whether the case is open (no outcome) on {@code date}. */
  public boolean isOpenOn(LocalDate date) {
    return !registeredOn.isAfter(date) && concludedOn.map(d -> d.isAfter(date)).orElse(true);
  }

  /** A copy with the version the repository stored. */
  public PlacementDutyCase withVersion(long newVersion) {
    return new PlacementDutyCase(id, partnership, student, board, school, registeredOn, extensionWeeks, outcome, placedAt, concludedOn,
        temporarilyEnrolledOn, newVersion);
  }
}
