package nl.passend.domain.testing;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.time.SchoolYear;

/**
 * Shared jqwik arbitraries for valid domain values; published in the domain's test-jar so that the
 * other modules generate the same values.
 */
public final class DomainArbitraries {
  private DomainArbitraries() {}

  /** Dates between 1990 and 2040. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 50 * 366)
        .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  /** Dates of birth of school-age children and young adults (1990-2030). */
  public static Arbitrary<LocalDate> datesOfBirth() {
    return Arbitraries.integers().between(0, 40 * 366).map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  /** School years between 1950 and 2100. */
  public static Arbitrary<SchoolYear> schoolYears() {
    return Arbitraries.integers().between(1950, 2100).map(SchoolYear::startingIn);
  }

  /** Valid BRIN codes, with and without location. */
  public static Arbitrary<BrinCode> brinCodes() {
    Arbitrary<String> digits2 = Arbitraries.strings().numeric().ofLength(2);
    Arbitrary<String> alnum2 = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(2);
    Arbitrary<String> location = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().numeric().ofLength(2));
    return Combinators.combine(digits2, alnum2, location).as((a, b, c) -> BrinCode.of(a + b + c));
  }

  /** Valid citizen numbers (nine digits passing the eleven-test). */
  public static Arbitrary<String> validBsns() {
    return Arbitraries.strings().numeric().ofLength(8)
        .map(DomainArbitraries::completeBsn)
        .filter(s -> s != null);
  }

  /** The nine-digit number whose first eight digits are {@code eight}, or null when none exists. */
  public static String completeBsn(String eight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eight.charAt(i) - '0');
    }
    int last = sum % 11;
    if (last > 9 || sum == 0) {
      return null;
    }
    return eight + last;
  }
}
