package nl.passend.domain.funding;

import java.util.Map;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BoardId;

/**
 * Schoolmodel ({@code po-22-01}, R-FIN-5, {@code 004:L940, L1697}): after the direct SBO inflow, the SO
 * students and the partnership's own costs, the remainder goes to the boards in proportion to their
 * count of regular (BO) students, in units (whole euros by default, or cents) that add up exactly; a
 * remainder that is not a whole number of units is refused, never floored.
 */
public final class SchoolModel {
  private SchoolModel() {}

  /**
   * The remainder available for the boards.
   *
   * @throws nl.passend.domain.common.InvalidValueException when the costs exceed the budget
   */
  public static Money remainder(Money budget, Money sboInflow, Money soStudents, Money ownCosts) {
    Money rest = budget.minus(sboInflow).minus(soStudents).minus(ownCosts);
    Validation.require(!rest.isNegative(), "budget", "the SBO inflow, SO and own costs (%s) exceed the budget (%s)",
        sboInflow.plus(soStudents).plus(ownCosts), budget);
    return rest;
  }

  /**
   * The transfer to each board, in proportion to its BO count, in whole euros (the default unit);
   * the parts add up exactly to the remainder.
   *
   * @throws nl.passend.domain.common.InvalidValueException when the remainder is not a whole number
   *     of euros: then distribute in cents with {@link #distribute(Money, Money, Map)}; nothing is cut
   */
  public static Map<BoardId, Money> distribute(Money remainder, Map<BoardId, Long> boCounts) {
    return distribute(remainder, Money.ofEuros(1), boCounts);
  }

  /**
   * The transfer to each board in the given unit (whole euros or cents, R-FIN-5, version 2), adding
   * up exactly to the remainder by the largest-remainder method.
   *
   * @throws nl.passend.domain.common.InvalidValueException naming {@code amount} when the remainder is
   *     not a whole number of units, never silently cut
   */
  public static Map<BoardId, Money> distribute(Money remainder, Money unit, Map<BoardId, Long> boCounts) {
    return Distribution.largestRemainder(remainder, unit, boCounts);
  }
}
