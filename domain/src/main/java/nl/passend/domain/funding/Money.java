package nl.passend.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;

/**
 * Bedrag: an amount of euros held exactly in cents (SPEC §8: never binary floating point). Multiplying by a
 * rate rounds explicitly.
 *
 * @param cents the amount in euro cents; negative for a deficit
 */
public record Money(long cents) implements Comparable<Money> {
  /** Zero euros. */
  public static final Money ZERO = new Money(0);

  /** The amount in cents. */
  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /** Whole euros. */
  public static Money ofEuros(long euros) {
    return new Money(Math.multiplyExact(euros, 100));
  }

  /**
   * Parses a decimal string of euros with at most two decimals ({@code "3614424.00"}, {@code "9845"}).
   *
   * @param field the field name for the error
   */
  public static Money parse(String text, String field) {
    Validation.present(text, field);
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, "must be a decimal amount in euros such as \"1234.50\"");
    }
    return of(value, field);
  }

  /** An exact decimal amount of euros with at most two decimals. */
  public static Money of(BigDecimal euros, String field) {
    Validation.present(euros, field);
    if (euros.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException(field, "must have at most two decimals");
    }
    BigDecimal cents = euros.movePointRight(2);
    if (cents.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
      throw new InvalidValueException(field, "is too large");
    }
    return new Money(cents.longValueExact());
  }

  /** This amount in euros, exactly. */
  public BigDecimal euros() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** The sum. */
  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  /** The difference. */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, other.cents));
  }

  /** This amount times a whole number. */
  public Money times(long count) {
    return new Money(Math.multiplyExact(cents, count));
  }

  /** This amount times an exact factor, rounded half-up to cents. */
  public Money times(BigDecimal factor) {
    return new Money(BigDecimal.valueOf(cents).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** This amount rounded half-up to whole euros. */
  public Money roundedToEuros() {
    return new Money(euros().setScale(0, RoundingMode.HALF_UP).longValueExact() * 100);
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return cents < 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  /** The form of the API: euros with two decimals, {@code "3614424.00"}. */
  @Override
  public String toString() {
    return euros().toPlainString();
  }
}
