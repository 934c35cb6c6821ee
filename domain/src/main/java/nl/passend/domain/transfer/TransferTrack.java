package nl.passend.domain.transfer;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.time.SchoolYear;

/**
 * Overstaptraject: one student's way through the transfer protocol, anchored on the student's group 8
 * school year, with the steps done (R-ZP-4).
 *
 * @param student the student
 * @param protocol the protocol
 * @param group8 the student's group 8 school year
 * @param done the numbers of the steps done
 */
public record TransferTrack(StudentId student, TransferProtocol protocol, SchoolYear group8, Set<Integer> done) {

  /**
   * Een stap met datums: a step placed in the calendar.
   *
   * @param step the step
   * @param startsOn its window's first day
   * @param dueOn its window's last day
   * @param done whether it was done
   */
  public record ScheduledStep(TransferStep step, LocalDate startsOn, LocalDate dueOn, boolean done) {}

  /** Validates the track. */
  public TransferTrack {
    Validation.present(student, "studentId");
    Validation.present(protocol, "protocol");
    Validation.present(group8, "group8");
    done = ImmutableSortedSet.copyOf(Validation.present(done, "done"));
  }

  /** Every step in the calendar, in protocol order. */
  public List<ScheduledStep> schedule() {
    return protocol.steps().stream()
        .map(s -> new ScheduledStep(s, s.startsOn(group8), s.dueOn(group8), done.contains(s.number())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The steps not done whose window is open on {@code date}. */
  public List<ScheduledStep> dueOn(LocalDate date) {
    return schedule().stream().filter(s -> !s.done() && !date.isBefore(s.startsOn()) && !date.isAfter(s.dueOn()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The steps not done whose window closed before {@code date}. */
  public List<ScheduledStep> overdueOn(LocalDate date) {
    return schedule().stream().filter(s -> !s.done() && date.isAfter(s.dueOn())).collect(ImmutableList.toImmutableList());
  }

  /** A copy with the step done. */
  public TransferTrack withDone(int stepNumber) {
    Validation.require(protocol.steps().stream().anyMatch(s -> s.number() == stepNumber), "step", "the protocol has no step %d", stepNumber);
    return new TransferTrack(student, protocol, group8, ImmutableSortedSet.<Integer>naturalOrder().addAll(done).add(stepNumber).build());
  }
}
