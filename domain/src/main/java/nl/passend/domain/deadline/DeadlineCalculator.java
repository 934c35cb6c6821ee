package nl.passend.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Termijnberekening: computes the deadlines of each procedure from a partnership's
 * {@link DeadlineRules} and {@link SchoolCalendar}. Pure; a deadline is never before its start date,
 * and an extension never shortens it.
 *
 * <p>A committee term of N weeks counts 7·N days after receipt; a day counts only when the clock
 * is not stopped for requested information (R-DL-2) and, where the committee does not meet in school
 * holidays (R-DL-4, {@code vo-22-01}), when it is no holiday, so a holiday inside a suspension is not
 * counted twice. Under R-DL-4 a deadline that would fall in a holiday, on a Saturday or on a Sunday
 * moves to the first working day after it. For a policy with an advice step (R-DL-3) the committee
 * advises by {@code adviceBy} and the director decides within a week of the advice.
 *
 * <p>The statutory terms (objection and its decision, R-DL-9; placement duty, R-ZP-1) run on calendar
 * days, and one that ends on a Saturday, a Sunday or a general holiday ends on the next day that is
 * none of these (Algemene termijnenwet, {@link GeneralHolidays}). The plan and start terms run on
 * calendar days.
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
    return admissibility(receivedOn, List.of());
  }

  /**
   * The committee's deadlines with the clock stopped in the given periods (R-DL-2), without an
   * advice given yet.
   */
  public Deadlines admissibility(LocalDate receivedOn, List<ClockStop> stops) {
    return admissibility(receivedOn, stops, Optional.empty());
  }

  /**
   * The committee's deadlines with the clock stopped in the given periods (R-DL-2): a day counts
   * toward a term only when it is neither stopped nor, under R-DL-4, a holiday. For a policy with an
   * advice step (R-DL-3) also {@code adviceBy} and {@code adviceByExtended}; {@code decideBy} is then
   * the director's term after the advice (or after {@code adviceBy} while there is none), and
   * {@code decideByExtended} that after {@code adviceByExtended} (or after the advice once given).
   */
  public Deadlines admissibility(LocalDate receivedOn, List<ClockStop> stops, Optional<LocalDate> advisedOn) {
    Validation.present(receivedOn, "receivedOn");
    List<ClockStop> periods = List.copyOf(Validation.present(stops, "stops"));
    Validation.present(advisedOn, "advisedOn");
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    // The clock that stops is the decision clock: acknowledging and asking for information are not suspended.
    dates.put("acknowledgeBy", committeeDeadline(receivedOn, rules.acknowledgeWeeks() * 7L, List.of()));
    dates.put("requestInformationBy", committeeDeadline(receivedOn, rules.requestInformationWeeks() * 7L, List.of()));
    LocalDate term = committeeDeadline(receivedOn, rules.decideWeeks() * 7L, periods);
    LocalDate extendedTerm = committeeDeadline(receivedOn, (rules.decideWeeks() + rules.maxExtensionWeeks()) * 7L, periods);
    if (rules.hasAdviceStep()) {
      dates.put("adviceBy", term);
      dates.put("adviceByExtended", extendedTerm);
      dates.put("decideBy", advisedOn.orElse(term).plusWeeks(rules.directorDecisionWeeks()));
      dates.put("decideByExtended", advisedOn.orElse(extendedTerm).plusWeeks(rules.directorDecisionWeeks()));
    } else {
      dates.put("decideBy", term);
      dates.put("decideByExtended", extendedTerm);
    }
    return new Deadlines(Procedure.ADMISSIBILITY_DECISION, dates);
  }

  /**
   * A board's placement duty after a registration (R-ZP-1): {@code decideBy}, {@code decideByExtended},
   * each ending on a term day of the Algemene termijnenwet.
   */
  public Deadlines placementDuty(LocalDate registeredOn) {
    Validation.present(registeredOn, "receivedOn");
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("decideBy", placementDutyDecideBy(registeredOn, rules, 0));
    dates.put("decideByExtended", placementDutyDecideBy(registeredOn, rules, rules.placementDutyExtensionWeeks()));
    return new Deadlines(Procedure.PLACEMENT_DUTY, dates);
  }

  /** The placement-duty term after a registration, extended by {@code extensionWeeks}, under the Algemene termijnenwet (R-ZP-1). */
  public static LocalDate placementDutyDecideBy(LocalDate registeredOn, DeadlineRules rules, int extensionWeeks) {
    return GeneralHolidays.termEnd(registeredOn.plusWeeks(rules.placementDutyWeeks() + (long) extensionWeeks));
  }

  /**
   * An objection (R-DL-9): {@code objectBy} (6 weeks after the notice of the decision), {@code decideBy}
   * (12 weeks after the end of the objection term) and {@code decideByExtended} (6 more), each ending
   * on a term day of the Algemene termijnenwet: a term that would end on a Saturday, a Sunday or a
   * general holiday ends on the next day that is none of these.
   */
  public Deadlines objection(LocalDate decisionNotifiedOn) {
    Validation.present(decisionNotifiedOn, "decisionNotifiedOn");
    LocalDate objectBy = GeneralHolidays.termEnd(decisionNotifiedOn.plusWeeks(rules.objectionWeeks()));
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("objectBy", objectBy);
    dates.put("decideBy", GeneralHolidays.termEnd(objectBy.plusWeeks(rules.objectionDecisionWeeks())));
    dates.put("decideByExtended", GeneralHolidays.termEnd(objectBy.plusWeeks(rules.objectionDecisionWeeks() + rules.objectionExtensionWeeks())));
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
   * The day on which {@code days} counted days after {@code start} are complete: a day counts when
   * the clock is not stopped on it and, when the rules shift over school holidays, it is no holiday
   * (R-DL-2, R-DL-4). Under R-DL-4 a deadline on a holiday, a Saturday or a Sunday moves to the first
   * working day after it.
   */
  LocalDate committeeDeadline(LocalDate start, long days, List<ClockStop> stops) {
    boolean shift = rules.shiftOverSchoolHolidays();
    LocalDate deadline = start;
    if (stops.isEmpty() && !shift) {
      deadline = start.plusDays(days);
    } else {
      long counted = 0;
      while (counted < days) {
        deadline = deadline.plusDays(1);
        if (!stopped(deadline, stops) && !(shift && calendar.isHoliday(deadline))) {
          counted++;
        }
      }
    }
    if (shift) {
      while (calendar.isHoliday(deadline) || isWeekend(deadline)) {
        deadline = deadline.plusDays(1);
      }
    }
    return deadline;
  }

  private static boolean stopped(LocalDate day, List<ClockStop> stops) {
    for (ClockStop stop : stops) {
      if (stop.covers(day)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
