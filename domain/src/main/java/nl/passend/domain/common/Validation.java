package nl.passend.domain.common;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

/**
 * Controle: small checks that throw an {@link InvalidValueException} naming the field, used by the
 * constructors of value objects.
 */
public final class Validation {
  /** The form of an identifier, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked by {@link #isIdentifier} without a regex. */
  static final String IDENTIFIER_FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  private Validation() {}

  /** Fails with {@code reason} for {@code field} unless {@code condition} holds. */
  public static void require(boolean condition, String field, String reason) {
    if (!condition) {
      throw new InvalidValueException(field, reason);
    }
  }

  /** Fails with a formatted reason for {@code field} unless {@code condition} holds. */
  public static void require(boolean condition, String field, String format, Object... args) {
    if (!condition) {
      throw new InvalidValueException(field, String.format(format, args));
    }
  }

  /** Returns {@code value}, or fails when it is null. */
  @CanIgnoreReturnValue
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /** Returns {@code value} stripped, or fails when it is null or blank. */
  public static String text(String value, String field) {
    present(value, field);
    String stripped = value.strip();
    require(!stripped.isEmpty(), field, "must not be blank");
    require(stripped.length() <= 500, field, "must be at most 500 characters");
    return stripped;
  }

  /**
   * Returns {@code value} when it is a valid identifier: 1 to 64 characters, letters, digits,
   * {@code .}, {@code _} or {@code -}, starting with a letter or digit (so it is safe in a URL).
   */
  public static String identifier(String value, String field) {
    present(value, field);
    require(
        isIdentifier(value),
        field,
        "must be 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit, but was '%s'",
        value.length() > 64 ? value.substring(0, 64) + "…" : value);
    return value;
  }

  /**
   * Whether {@code value} has the form {@link #IDENTIFIER_FORM}, checked character by character: every
   * stored student, case and school is read through it, and a regex matcher per value costs more than
   * the read (a property checks it against the regex).
   */
  static boolean isIdentifier(String value) {
    int n = value.length();
    if (n < 1 || n > 64 || !asciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!(asciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit. */
  private static boolean asciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
