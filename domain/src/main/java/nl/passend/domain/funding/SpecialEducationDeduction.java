package nl.passend.domain.funding;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import nl.passend.domain.common.Validation;

/**
 * Afdracht SO/VSO: the deduction from the partnership's heavy-support budget for students with a
 * statement at SO/VSO schools, by category on the count date, plus residential placements paid at the
 * LOW amount (R-FIN-3, R-TLV-10).
 *
 * @param perCategory the amount per category
 * @param residential the amount for residential placements
 * @param total the sum of the categories and the residential amount
 */
public record SpecialEducationDeduction(Map<FundingCategory, Money> perCategory, Money residential, Money total) {
  /** Makes the map immutable. */
  public SpecialEducationDeduction {
    perCategory = ImmutableMap.copyOf(perCategory);
  }

  /**
   * Computes the deduction.
   *
   * @param counts students with a statement per category (missing categories count 0)
   * @param residentialPlacements residential placements, paid at the LOW amount
   */
  public static SpecialEducationDeduction compute(CategoryAmounts amounts, Map<FundingCategory, Long> counts, long residentialPlacements) {
    Validation.present(amounts, "policyId");
    Validation.present(counts, "counts");
    Validation.require(residentialPlacements >= 0, "residential", "must not be negative");
    Map<FundingCategory, Money> per = new EnumMap<>(FundingCategory.class);
    Money total = Money.ZERO;
    for (FundingCategory c : FundingCategory.values()) {
      long n = counts.getOrDefault(c, 0L);
      Validation.require(n >= 0, "counts." + c, "must not be negative");
      Money amount = amounts.of(c).times(n);
      per.put(c, amount);
      total = total.plus(amount);
    }
    Money residential = amounts.low().times(residentialPlacements);
    return new SpecialEducationDeduction(per, residential, total.plus(residential));
  }

  /** The first calendar year without the VSO growth rule: from 1 January 2022 the VSO count date is 1 February (R-FIN-3). */
  public static final int GROWTH_RULE_ABOLISHED_FROM_YEAR = 2022;

  /**
   * The growth the partnership pays in calendar year {@code year} (groeiregeling): students per
   * category on 1 February above those of 1 October, at the category amounts (R-FIN-3).
   *
   * @throws nl.passend.domain.common.RuleViolationException naming R-FIN-3 for 2022 and later: the
   *     growth rule is gone, so no growth is computed
   */
  public static Money growth(int year, CategoryAmounts amounts, Map<FundingCategory, Long> october, Map<FundingCategory, Long> february) {
    if (year >= GROWTH_RULE_ABOLISHED_FROM_YEAR) {
      throw new nl.passend.domain.common.RuleViolationException("R-FIN-3",
          "the VSO growth rule ended on 1 January " + GROWTH_RULE_ABOLISHED_FROM_YEAR + "; there is no growth payment for " + year);
    }
    return growth(amounts, october, february);
  }

  /**
   * The growth the partnership pays (groeiregeling) under the rule as it stood before 2022: students
   * per category on 1 February above those of 1 October, at the category amounts (R-FIN-3). A fall is
   * no growth. Use {@link #growth(int, CategoryAmounts, Map, Map)} for a given year.
   */
  static Money growth(CategoryAmounts amounts, Map<FundingCategory, Long> october, Map<FundingCategory, Long> february) {
    Money total = Money.ZERO;
    for (FundingCategory c : FundingCategory.values()) {
      long grown = february.getOrDefault(c, 0L) - october.getOrDefault(c, 0L);
      if (grown > 0) {
        total = total.plus(amounts.of(c).times(grown));
      }
    }
    return total;
  }
}
