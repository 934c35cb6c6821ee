package nl.passend.domain.funding;

import java.util.Map;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BoardId;

/**
 * Schoolmodel ({@code po-22-01}, R-FIN-5, {@code 004:L940, L1697}): after the direct SBO inflow, the SO
 * students and the partnership's own costs, the remainder goes to the boards in proportion to their
 * count of regular (BO) students, in whole euros that add up exactly.
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

  /** The transfer to each board, in proportion to its BO count, in whole euros. */
  public static Map<BoardId, Money> distribute(Money remainder, Map<BoardId, Long> boCounts) {
    Money whole = Money.ofCents(remainder.cents() - Math.floorMod(remainder.cents(), 100));
    return Distribution.largestRemainder(whole, Money.ofEuros(1), boCounts);
  }
}
