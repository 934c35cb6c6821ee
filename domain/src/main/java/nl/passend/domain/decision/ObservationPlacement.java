package nl.passend.domain.decision;

import java.time.LocalDate;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.student.StudentId;

/**
 * Observatieplaatsing ({@code vo-22-01}, R-TLV-8): when a complete dossier still leaves doubt about
 * the right setting, a placement of at most 12 weeks at a cluster 3 or 4 school; the student stays
 * enrolled at the old school and is not reported to DUO ({@code 000:L2476-2498}).
 *
 * @param student the student
 * @param originSchool the school where the student stays enrolled
 * @param observingSchool the cluster 3 or 4 school that observes
 * @param cluster 3 or 4
 * @param from the first day
 * @param until the last day
 */
public record ObservationPlacement(StudentId student, BrinCode originSchool, BrinCode observingSchool, Cluster cluster, LocalDate from, LocalDate until) {
  /** Validates the placement. */
  public ObservationPlacement {
    Validation.present(student, "studentId");
    Validation.present(originSchool, "originSchool");
    Validation.present(observingSchool, "observingSchool");
    Validation.present(cluster, "cluster");
    Validation.require(cluster == Cluster.THREE || cluster == Cluster.FOUR, "cluster", "an observation placement is at a cluster 3 or 4 school (R-TLV-8)");
    Validation.present(from, "from");
    Validation.present(until, "until");
    Validation.require(!until.isBefore(from), "until", "ends before it starts");
  }

  /**
   * Plans a placement under the policy's maximum.
   *
   * @throws RuleViolationException when the partnership has no observation placements or it is too long
   */
  public static ObservationPlacement plan(StatementRules rules, StudentId student, BrinCode origin, BrinCode observing,
      Cluster cluster, LocalDate from, LocalDate until) {
    int max = rules.observationPlacementMaxWeeks().orElseThrow(() -> new RuleViolationException("R-TLV-8",
        "the partnership has no observation placements"));
    if (until.isAfter(from.plusWeeks(max).minusDays(1))) {
      throw new RuleViolationException("R-TLV-8", "an observation placement lasts at most " + max + " weeks");
    }
    return new ObservationPlacement(student, origin, observing, cluster, from, until);
  }

  /** The student stays enrolled at the origin school during the placement. */
  public BrinCode enrolledAt() {
    return originSchool;
  }

  /** An observation placement is never reported to DUO. */
  public boolean reportedToDuo() {
    return false;
  }
}
