package nl.passend.domain.funding;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.Validation;

/**
 * Meerjarenbegroting: consecutive calendar years with their results and the reserves they lead to
 * (R-FIN-1..7).
 *
 * @param years the years in order, without gaps
 * @param openingReserves the reserves at the start of the first year
 */
public record MultiYearBudget(List<BudgetYear> years, Money openingReserves) {
  /** Validates the years: consecutive. */
  public MultiYearBudget {
    years = ImmutableList.copyOf(Validation.present(years, "years"));
    Validation.present(openingReserves, "openingReserves");
    for (int i = 1; i < years.size(); i++) {
      Validation.require(years.get(i).year() == years.get(i - 1).year() + 1, "years", "years follow each other without gaps");
    }
  }

  /** The reserves at the end of {@code year}: opening reserves plus the results up to it. */
  public Money reservesAtEndOf(int year) {
    Money reserves = openingReserves;
    for (BudgetYear y : years) {
      if (y.year() > year) {
        break;
      }
      reserves = reserves.plus(y.result());
    }
    return reserves;
  }

  /** The reserve signal at the end of {@code year} against the risk norm (R-FIN-7). */
  public ReserveSignal reserveSignal(int year, Money riskNorm) {
    return ReserveSignal.check(reservesAtEndOf(year), riskNorm);
  }
}
