package nl.passend.domain.student;

import nl.passend.domain.common.Validation;

/**
 * Leerlingnummer (pseudoniem): the pseudonymous identifier of a student, safe to log and to put in
 * a URL; never a citizen number or a name (R-STU-1).
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record StudentId(String value) implements Comparable<StudentId> {
  /** Validates the identifier. */
  public StudentId {
    Validation.identifier(value, "studentId");
    Validation.require(!Bsn.looksLikeBsn(value), "studentId",
        "must be pseudonymous: a nine-digit number that passes the eleven-test looks like a citizen number (R-STU-1)");
  }

  /** The identifier with the given value. */
  public static StudentId of(String value) {
    return new StudentId(value);
  }

  @Override
  public int compareTo(StudentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
