package nl.passend.domain.organisation;

import java.util.Locale;
import java.util.Optional;
import nl.passend.domain.common.InvalidValueException;

/**
 * BRIN-nummer: the code DUO gives a school, two digits and two letters or digits ({@code 14PS}),
 * and for a location (vestiging) two more digits ({@code 14PS03}) (R-ORG-3). Case is normalised to
 * upper case.
 *
 * @param value the normalised code, 4 or 6 characters
 */
public record BrinCode(String value) implements Comparable<BrinCode> {
  /** The form of a code, {@code [0-9]{2}[A-Z0-9]{2}([0-9]{2})?}, checked by {@link #hasForm} without a regex. */
  static final String FORM = "[0-9]{2}[A-Z0-9]{2}([0-9]{2})?";

  /** Validates and normalises the code. */
  public BrinCode {
    if (value == null) {
      throw new InvalidValueException("brin", "is required (expected form: 2 digits, 2 letters or digits, optionally 2 digits for a location, e.g. 14PS or 14PS03)");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!hasForm(value)) {
      String shown = value.length() > 12 ? value.substring(0, 12) + "…" : value;
      throw new InvalidValueException(
          "brin",
          "'" + shown + "' is not a BRIN code (expected form: 2 digits, 2 letters or digits, optionally 2 digits for a location, e.g. 14PS or 14PS03)");
    }
  }

  /** Whether {@code v} has the form {@link #FORM} (a property checks it against the regex). */
  static boolean hasForm(String v) {
    int n = v.length();
    if (n != 4 && n != 6 || !digit(v.charAt(0)) || !digit(v.charAt(1))) {
      return false;
    }
    for (int i = 2; i < 4; i++) {
      char c = v.charAt(i);
      if (!(digit(c) || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return n == 4 || digit(v.charAt(4)) && digit(v.charAt(5));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses a BRIN code, with or without location. */
  public static BrinCode of(String value) {
    return new BrinCode(value);
  }

  /** The institution part, the first four characters ({@code 14PS}). */
  public BrinCode institution() {
    return hasLocation() ? new BrinCode(value.substring(0, 4)) : this;
  }

  /** The two-digit location (vestiging) number, when the code names one. */
  public Optional<String> location() {
    return hasLocation() ? Optional.of(value.substring(4)) : Optional.empty();
  }

  /** Whether the code names a location. */
  public boolean hasLocation() {
    return value.length() == 6;
  }

  @Override
  public int compareTo(BrinCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
