package nl.passend.application.calculation.port.in;

import nl.passend.domain.common.Validation;
import java.util.List;
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
   * A holiday the caller supplies instead of the partnership's calendar.
   *
   * @param name its name
   * @param first its first day
   * @param last its last day
   */
  record Holiday(String name, LocalDate first, LocalDate last) {}

  /**
   * What a deadline question gives: the procedure and the date it starts from, which is the receipt
   * (admissibility decision, placement duty), the notice of the decision (objection), the placement
   * (development plan) or the issue of the statement (start after a statement).
   *
   * @param procedure the procedure
   * @param receivedOn the day of receipt
   * @param decisionNotifiedOn the day the decision was notified
   * @param placedOn the day of placement
   * @param issuedOn the day the statement was issued
   * @param holidays the holidays to use instead of the partnership's calendar, if given
   */
  record Query(Procedure procedure, Optional<LocalDate> receivedOn, Optional<LocalDate> decisionNotifiedOn, Optional<LocalDate> placedOn,
      Optional<LocalDate> issuedOn, Optional<List<Holiday>> holidays) {
    /** Validates the query. */
    public Query {
      Validation.present(procedure, "procedure");
      Validation.present(receivedOn, "receivedOn");
      Validation.present(decisionNotifiedOn, "decisionNotifiedOn");
      Validation.present(placedOn, "placedOn");
      Validation.present(issuedOn, "issuedOn");
      holidays = Validation.present(holidays, "holidays").map(l -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(l)));
    }
  }

  /**
   * The deadlines of a procedure from its start date (receipt, notice, placement or issue), with the
   * calendar the caller supplies or else the partnership's.
   */
  Deadlines deadlines(Actor actor, PolicyId policy, Procedure procedure, LocalDate start, Optional<SchoolCalendar> calendar);

  /**
   * The deadlines of a question: the start date the procedure needs (an {@link
   * nl.passend.domain.common.InvalidValueException} naming it when absent), and the holidays given,
   * placed in the policy's calendar region (NORTH when the policy names none).
   */
  Deadlines deadlines(Actor actor, PolicyId policy, Query query);
}
