package nl.passend.domain.student;

import nl.passend.domain.common.InvalidValueException;

/**
 * Burgerservicenummer (BSN): the Dutch citizen number, nine digits that pass the eleven-test
 * (R-STU-1). It is personal data: {@link #toString()} masks it, and no error message repeats it.
 * Only {@link #digits()} gives the number, for callers with the right to see it.
 */
public final class Bsn {
  private final String digits;

  private Bsn(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a citizen number of 9 digits (8 digits are read with a leading zero, as DUO writes
   * them); it must pass the eleven-test.
   */
  public static Bsn of(String value) {
    if (value == null) {
      throw new InvalidValueException("bsn", "is required");
    }
    String stripped = value.strip();
    if (!stripped.matches("[0-9]{8,9}")) {
      throw new InvalidValueException("bsn", "must be 9 digits (or 8 with an implied leading zero)");
    }
    String nine = stripped.length() == 8 ? "0" + stripped : stripped;
    if (!passesElevenTest(nine)) {
      throw new InvalidValueException("bsn", "fails the eleven-test: the weighted sum of the digits (9,8,...,2,-1) is not a positive multiple of 11 (R-STU-1)");
    }
    return new Bsn(nine);
  }

  /**
   * The eleven-test (elfproef) of a BSN: 9×d1 + 8×d2 + ... + 2×d8 − 1×d9 is divisible by 11 and,
   * so that 000000000 is refused, greater than zero.
   *
   * @param nineDigits exactly nine digits
   */
  public static boolean passesElevenTest(String nineDigits) {
    if (nineDigits == null || nineDigits.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = nineDigits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int digit = c - '0';
      sum += i < 8 ? (9 - i) * digit : -digit;
    }
    return sum > 0 && sum % 11 == 0;
  }

  /** Whether a text is nine digits that pass the eleven-test (used to keep BSNs out of ids). */
  static boolean looksLikeBsn(String text) {
    return text != null && text.length() == 9 && passesElevenTest(text);
  }

  /** The nine digits; personal data, only for callers with the right to see them. */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bsn that && that.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** A masked form that never shows the number. */
  @Override
  public String toString() {
    return "Bsn[*********]";
  }
}
