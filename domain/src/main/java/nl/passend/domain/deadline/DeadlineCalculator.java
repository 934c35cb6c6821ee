package nl.passend.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.passend.domain.common.Validation;

/**
 * Termijnberekening: computes the deadlines of each procedure from a partnership's
 * {@link DeadlineRules} and {@link SchoolCalendar}. Pure; a deadline is never before its start date,
 * and an extension never shortens it.
 *
 * <p>Where the committee does not meet in school holidays (R-DL-4, {@code vo-22-01}), a committee
 * deadline of N weeks is N weeks of days outside the holidays: it shifts by the holiday days between
 * the start and the deadline, and one that would fall in a holiday moves to the first working day
 * (Monday to Friday) after it. Other procedures (placement duty, objection, plan, start) run on
 * calendar days: the Awb and the boards do not stop in holidays.
 */
public final class DeadlineCalculator {
  private final DeadlineRules rules;
  private final SchoolCalendar calendar;

  /** A calculator for one partnership. */
  public DeadlineCalculator(DeadlineRules rules, SchoolCalendar calendar) {
    this.rules = Validation.present(rules, "deadlineRules");
    this.calendar = Validation.present(calendar, "calendar");
  }

  /** The rules it applies. */
  public DeadlineRules rules() {
    return rules;
  }

  /**
   * The committee's deadlines after receipt of an application (R-DL-1..4): {@code acknowledgeBy},
   * {@code requestInformationBy}, {@code decideBy}, {@code decideByExtended}.
   */
  public Deadlines admissibility(LocalDate receivedOn) {
    return admissibility(receivedOn, 0);
  }

  /**
   * The committee's deadlines, with the decision terms moved by the days the clock was suspended
   * while requested information was awaited (R-DL-2).
   */
  public Deadlines admissibility(LocalDate receivedOn, long suspendedDays) {
    Validation.present(receivedOn, "receivedOn");
    Validation.require(suspendedDays >= 0, "suspendedDays", "must not be negative");
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("acknowledgeBy", committeeDeadline(receivedOn, rules.acknowledgeWeeks() * 7L));
    dates.put("requestInformationBy", committeeDeadline(receivedOn, rules.requestInformationWeeks() * 7L));
    dates.put("decideBy", committeeDeadline(receivedOn, rules.decideWeeks() * 7L + suspendedDays));
    dates.put("decideByExtended", committeeDeadline(receivedOn, (rules.decideWeeks() + rules.maxExtensionWeeks()) * 7L + suspendedDays));
    return new Deadlines(Procedure.ADMISSIBILITY_DECISION, dates);
  }

  /** A board's placement duty after a registration (R-ZP-1): {@code decideBy}, {@code decideByExtended}. */
  public Deadlines placementDuty(LocalDate registeredOn) {
    Validation.present(registeredOn, "receivedOn");
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("decideBy", registeredOn.plusWeeks(rules.placementDutyWeeks()));
    dates.put("decideByExtended", registeredOn.plusWeeks(rules.placementDutyWeeks() + rules.placementDutyExtensionWeeks()));
    return new Deadlines(Procedure.PLACEMENT_DUTY, dates);
  }

  /**
   * An objection (R-DL-9): {@code objectBy} (6 weeks after the notice of the decision), {@code decideBy}
   * (12 weeks after the end of the objection term) and {@code decideByExtended} (6 more).
   */
  public Deadlines objection(LocalDate decisionNotifiedOn) {
    Validation.present(decisionNotifiedOn, "decisionNotifiedOn");
    LocalDate objectBy = decisionNotifiedOn.plusWeeks(rules.objectionWeeks());
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("objectBy", objectBy);
    dates.put("decideBy", objectBy.plusWeeks(rules.objectionDecisionWeeks()));
    dates.put("decideByExtended", objectBy.plusWeeks(rules.objectionDecisionWeeks() + rules.objectionExtensionWeeks()));
    return new Deadlines(Procedure.OBJECTION, dates);
  }

  /** The day by which the national objection committee's advice is asked, after receipt (R-DL-9). */
  public LocalDate objectionAdviceRequestBy(LocalDate objectionReceivedOn) {
    Validation.present(objectionReceivedOn, "objectionReceivedOn");
    return objectionReceivedOn.plusWeeks(rules.objectionAdviceRequestWeeks());
  }

  /** The development plan after a placement (R-OPP-3): {@code drawUpBy}. */
  public Deadlines developmentPlan(LocalDate placedOn) {
    Validation.present(placedOn, "placedOn");
    return new Deadlines(Procedure.DEVELOPMENT_PLAN, Map.of("drawUpBy", placedOn.plusWeeks(rules.developmentPlanWeeks())));
  }

  /** The start after a statement's issue (R-DL-7): {@code startBy}. */
  public Deadlines startAfterStatement(LocalDate issuedOn) {
    Validation.present(issuedOn, "issuedOn");
    return new Deadlines(Procedure.START_AFTER_STATEMENT, Map.of("startBy", issuedOn.plusWeeks(rules.startAfterStatementWeeks())));
  }

  /** The receiving board's admission decision after it received the dossier (R-DL-7). */
  public LocalDate admissionDecisionBy(LocalDate dossierReceivedOn) {
    Validation.present(dossierReceivedOn, "dossierReceivedOn");
    return dossierReceivedOn.plusWeeks(rules.admissionDecisionWeeks());
  }

  /**
   * The deadline {@code days} days after {@code start}, counting only days outside school holidays
   * when the rules say so (R-DL-4).
   */
  LocalDate committeeDeadline(LocalDate start, long days) {
    LocalDate deadline = start.plusDays(days);
    if (!rules.shiftOverSchoolHolidays()) {
      return deadline;
    }
    long holidays = calendar.holidayDaysBetween(start, deadline);
    while (true) {
      LocalDate shifted = start.plusDays(days + holidays);
      long again = calendar.holidayDaysBetween(start, shifted);
      if (again == holidays) {
        deadline = shifted;
        break;
      }
      holidays = again;
    }
    if (calendar.isHoliday(deadline)) {
      while (calendar.isHoliday(deadline) || isWeekend(deadline)) {
        deadline = deadline.plusDays(1);
      }
    }
    return deadline;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
