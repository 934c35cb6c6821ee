package nl.passend.application.calculation.port.in;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.deadline.Procedure;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.organisation.PolicyId;

/** Termijnen berekenen (API.md §Deadlines). */
public interface ComputeDeadlinesUseCase {
  /**
   * The deadlines of a procedure from its start date (receipt, notice, placement or issue), with the
   * calendar the caller supplies or else the partnership's.
   */
  Deadlines deadlines(Actor actor, PolicyId policy, Procedure procedure, LocalDate start, Optional<SchoolCalendar> calendar);
}
