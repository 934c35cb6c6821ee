package nl.passend.domain.funding;

import nl.passend.domain.common.Validation;

/**
 * Bedragen per bekostigingscategorie: what DUO pays an SO/VSO school per student with a statement, by
 * category, and deducts from the partnership (R-FIN-3; {@code vo-31-02} 2018: LOW € 9.845, MEDIUM
 * € 17.350, HIGH € 21.530, {@code 001:L847-851}).
 *
 * @param low the amount for LOW
 * @param medium the amount for MEDIUM
 * @param high the amount for HIGH
 * @param source where the amounts come from
 */
public record CategoryAmounts(Money low, Money medium, Money high, String source) {
  /** Validates the amounts: positive. */
  public CategoryAmounts {
    for (Money m : new Money[] {low, medium, high}) {
      Validation.present(m, "amount");
      Validation.require(m.cents() > 0, "amount", "an amount per category is positive");
    }
    source = Validation.text(source, "source");
  }

  /** The amount for a category. */
  public Money of(FundingCategory category) {
    return switch (category) {
      case LOW -> low;
      case MEDIUM -> medium;
      case HIGH -> high;
    };
  }
}
