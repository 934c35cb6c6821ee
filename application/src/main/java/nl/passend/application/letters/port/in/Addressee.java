package nl.passend.application.letters.port.in;

import java.util.regex.Pattern;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;

/**
 * Geadresseerde: who receives a decision letter (R-DL-6), as the caller supplies it. Passend keeps
 * pseudonymous students, so names and addresses are never stored with the case: they live in the
 * outbox until the letter is sent and are erased then (R-PRIV-2), and they are never logged (R-PRIV-4).
 *
 * @param role in which capacity the addressee receives the letter
 * @param name the name on the letter's envelope, e.g. the guardians' names or the school's
 * @param email where the letter is sent
 */
public record Addressee(Role role, String name, String email) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

  /** In which capacity an addressee receives the letter (R-DL-6). */
  public enum Role {
    /** The school that applied. */
    SCHOOL,
    /** The student's parents or guardians. */
    GUARDIANS,
    /** The guardians' school of first choice, when the application is granted (R-DL-6). */
    FIRST_CHOICE_SCHOOL
  }

  /** Validates the addressee; the messages never repeat the values. */
  public Addressee {
    Validation.present(role, "role");
    name = Validation.text(name, "name");
    Validation.require(name.length() <= 200, "name", "is at most 200 characters");
    email = Validation.text(email, "email");
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw new InvalidValueException("email", "is not an e-mail address (name@domain.tld)");
    }
  }

  /** Only the role: the name and address are personal data and stay out of logs and messages. */
  @Override
  public String toString() {
    return "Addressee[" + role + "]";
  }
}
