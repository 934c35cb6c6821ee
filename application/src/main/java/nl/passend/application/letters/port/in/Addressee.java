package nl.passend.application.letters.port.in;

import java.util.Optional;
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
 * @param email where the letter is mailed, for an addressee who asked for e-mail (Awb 2:14)
 * @param postalAddress where the letter is posted: its lines (street and number, postcode and town),
 *     for an addressee without e-mail; the partnership prints it from the outbox
 */
public record Addressee(Role role, String name, Optional<String> email, Optional<String> postalAddress) {
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

  /** Validates the addressee: a name, and an e-mail address or a postal address; the messages never repeat the values. */
  public Addressee {
    Validation.present(role, "role");
    name = Validation.text(name, "name");
    Validation.require(name.length() <= 200, "name", "is at most 200 characters");
    Validation.present(email, "email");
    Validation.present(postalAddress, "postalAddress");
    if (email.isPresent() == postalAddress.isPresent()) {
      throw new InvalidValueException("email", "give an e-mail address or a postal address (postalAddress), one of the two");
    }
    email = email.map(e -> Validation.text(e, "email"));
    if (email.isPresent() && (email.get().length() > 254 || !EMAIL.matcher(email.get()).matches())) {
      throw new InvalidValueException("email", "is not an e-mail address (name@domain.tld)");
    }
    postalAddress = postalAddress.map(Addressee::postal);
  }

  /** An addressee who receives the letter by e-mail. */
  public Addressee(Role role, String name, String email) {
    this(role, name, Optional.ofNullable(email), Optional.empty());
  }

  /** An addressee who receives the letter by post, at the address given in lines. */
  public static Addressee byPost(Role role, String name, String postalAddress) {
    return new Addressee(role, name, Optional.empty(), Optional.ofNullable(postalAddress));
  }

  /** Whether the letter goes by post (printed by the partnership) rather than by e-mail. */
  public boolean byPost() {
    return postalAddress.isPresent();
  }

  /** A postal address: two to six lines of at most 100 characters, blank lines and spaces at the ends dropped. */
  private static String postal(String address) {
    String text = Validation.text(address, "postalAddress");
    java.util.List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() < 2 || lines.size() > 6 || lines.stream().anyMatch(l -> l.length() > 100)
        || lines.stream().anyMatch(l -> l.chars().anyMatch(Character::isISOControl))) {
      throw new InvalidValueException("postalAddress", "is two to six lines of at most 100 characters (street and number, postcode and town)");
    }
    return String.join("\n", lines);
  }

  /** Only the role: the name and address are personal data and stay out of logs and messages. */
  @Override
  public String toString() {
    return "Addressee[" + role + "]";
  }
}
