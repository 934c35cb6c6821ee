package nl.passend.domain.plan;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.student.StudentId;

/**
 * Ontwikkelingsperspectiefplan (OPP): the plan a school draws up for a student with support beyond
 * basic support, with the expected exit destination, the guardians' consent to its action part and
 * its evaluations (R-OPP-1..4).
 *
 * @param student the student
 * @param school the school that drew it up
 * @param drawnUpOn the day it was drawn up
 * @param exitDestination the expected exit destination (uitstroomprofiel)
 * @param guardiansConsentOn the day the guardians agreed to the action part
 * @param studentHeardOn the day the student was heard about it
 * @param evaluations the days it was evaluated with the guardians, in order
 */
public record DevelopmentPlan(
    StudentId student,
    BrinCode school,
    LocalDate drawnUpOn,
    Optional<ExitDestination> exitDestination,
    Optional<LocalDate> guardiansConsentOn,
    Optional<LocalDate> studentHeardOn,
    List<LocalDate> evaluations) {

  /** What a plan may lack. */
  public enum Gap {
    /** No expected exit destination. */
    EXIT_DESTINATION,
    /** No consent of the guardians to the action part (required from 1 August 2017). */
    GUARDIANS_CONSENT,
    /** No record that the student was heard (required from 1 August 2025). */
    STUDENT_HEARD
  }

  /** Validates the plan. */
  public DevelopmentPlan {
    Validation.present(student, "studentId");
    Validation.present(school, "schoolBrin");
    Validation.present(drawnUpOn, "drawnUpOn");
    Validation.present(exitDestination, "exitDestination");
    Validation.present(guardiansConsentOn, "guardiansConsentOn");
    Validation.present(studentHeardOn, "studentHeardOn");
    evaluations = ImmutableList.copyOf(Validation.present(evaluations, "evaluations"));
    LocalDate previous = drawnUpOn;
    for (LocalDate e : evaluations) {
      Validation.require(!e.isBefore(previous), "evaluations", "evaluations are in order and not before the plan was drawn up");
      previous = e;
    }
  }

  /** A new plan drawn up on {@code date}. */
  public static DevelopmentPlan drawUp(StudentId student, BrinCode school, LocalDate date, ExitDestination destination) {
    return new DevelopmentPlan(student, school, date, Optional.ofNullable(destination), Optional.empty(), Optional.empty(), List.of());
  }

  /** The last day it was drawn up or evaluated. */
  public LocalDate lastEvaluatedOn() {
    return evaluations.isEmpty() ? drawnUpOn : evaluations.get(evaluations.size() - 1);
  }

  /** The day the next evaluation with the guardians is due (R-OPP-4). */
  public LocalDate nextEvaluationDue(DevelopmentPlanRules rules) {
    return lastEvaluatedOn().plusMonths(rules.evaluationIntervalMonths());
  }

  /** Whether the evaluation is overdue on {@code date}. */
  public boolean isEvaluationOverdue(LocalDate date, DevelopmentPlanRules rules) {
    return date.isAfter(nextEvaluationDue(rules));
  }

  /** A copy evaluated on {@code date}. */
  public DevelopmentPlan evaluated(LocalDate date) {
    Validation.present(date, "evaluatedOn");
    List<LocalDate> next = new ArrayList<>(evaluations);
    next.add(date);
    return new DevelopmentPlan(student, school, drawnUpOn, exitDestination, guardiansConsentOn, studentHeardOn, next);
  }

  /** A copy with the guardians' consent to the action part given on {@code date}. */
  public DevelopmentPlan withGuardiansConsent(LocalDate date) {
    Validation.require(!date.isBefore(drawnUpOn), "guardiansConsentOn", "consent cannot precede the plan");
    return new DevelopmentPlan(student, school, drawnUpOn, exitDestination, Optional.of(date), studentHeardOn, evaluations);
  }

  /** A copy recording that the student was heard on {@code date}. */
  public DevelopmentPlan withStudentHeard(LocalDate date) {
    return new DevelopmentPlan(student, school, drawnUpOn, exitDestination, guardiansConsentOn, Optional.of(date), evaluations);
  }

  /** A copy with the exit destination set. */
  public DevelopmentPlan withExitDestination(ExitDestination destination) {
    return new DevelopmentPlan(student, school, drawnUpOn, Optional.of(destination), guardiansConsentOn, studentHeardOn, evaluations);
  }

  /**
   * What the plan lacks under the law as it stood when it was last drawn up or evaluated
   * (R-OPP-4): the exit destination always; the guardians' consent from 1 August 2017; the
   * student's hearing from 1 August 2025.
   */
  public List<Gap> gaps() {
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    if (exitDestination.isEmpty()) {
      gaps.add(Gap.EXIT_DESTINATION);
    }
    if (guardiansConsentOn.isEmpty() && !lastEvaluatedOn().isBefore(DevelopmentPlanRules.CONSENT_REQUIRED_FROM)) {
      gaps.add(Gap.GUARDIANS_CONSENT);
    }
    if (studentHeardOn.isEmpty() && !lastEvaluatedOn().isBefore(DevelopmentPlanRules.STUDENT_HEARD_REQUIRED_FROM)) {
      gaps.add(Gap.STUDENT_HEARD);
    }
    return gaps.build();
  }

  /** Whether the plan lacks nothing (see {@link #gaps()}). */
  public boolean isComplete() {
    return gaps().isEmpty();
  }

  @Override
  public String toString() {
    return "DevelopmentPlan[" + student + " at " + school + ", " + drawnUpOn + "]";
  }
}
