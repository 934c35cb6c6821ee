package nl.passend.domain.funding;

import nl.passend.domain.common.Validation;

/**
 * Begrotingsjaar: one calendar year of a multi-year budget: income, deductions, transfers to boards,
 * own costs, and the result that follows from them (R-FIN-1..7).
 *
 * @param year the calendar year
 * @param income income from the state and other income
 * @param deductions deductions (SO/VSO per category, equalisation)
 * @param transfersToBoards transfers to the boards and schools
 * @param ownCosts the partnership's own costs
 */
public record BudgetYear(int year, Money income, Money deductions, Money transfersToBoards, Money ownCosts) {
  /** Validates the year. */
  public BudgetYear {
    Validation.require(year >= 2000 && year <= 2100, "year", "must be 2000 to 2100");
    Validation.present(income, "income");
    Validation.present(deductions, "deductions");
    Validation.present(transfersToBoards, "transfersToBoards");
    Validation.present(ownCosts, "ownCosts");
  }

  /** The result: income − deductions − transfers − own costs. */
  public Money result() {
    return income.minus(deductions).minus(transfersToBoards).minus(ownCosts);
  }
}
