package nl.passend.domain.transfer;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import nl.passend.domain.common.Validation;
import nl.passend.domain.time.SchoolYear;

/**
 * Stap in het stappenplan: one step of the PO-VO transfer protocol with its window in the school
 * year it is anchored on ({@code 004:L1368-1430}).
 *
 * @param number the step's number in the protocol
 * @param anchor the school year it falls in
 * @param from the first day of its window
 * @param until the last day of its window: the step is due by then
 * @param action what happens
 * @param by who acts
 */
public record TransferStep(int number, Anchor anchor, MonthDay from, MonthDay until, String action, String by) {
  /** Validates the step. */
  public TransferStep {
    Validation.require(number >= 1, "number", "steps are numbered from 1");
    Validation.present(anchor, "anchor");
    Validation.present(from, "from");
    Validation.present(until, "until");
    action = Validation.text(action, "action");
    by = Validation.text(by, "by");
  }

  /** The calendar date of a day of the school year: August-December in its first year, January-July in its second. */
  static LocalDate in(SchoolYear year, MonthDay day) {
    int calendarYear = day.getMonth().getValue() >= Month.AUGUST.getValue() ? year.startYear() : year.endYear();
    return day.atYear(calendarYear);
  }

  /** The window's first day for a student whose group 8 year is {@code group8}. */
  public LocalDate startsOn(SchoolYear group8) {
    return in(group8.plusYears(anchor.offsetFromGroup8()), from);
  }

  /** The window's last day (the due date) for a student whose group 8 year is {@code group8}. */
  public LocalDate dueOn(SchoolYear group8) {
    LocalDate start = startsOn(group8);
    LocalDate end = in(group8.plusYears(anchor.offsetFromGroup8()), until);
    return end.isBefore(start) ? end.plusYears(1) : end;
  }
}
