package nl.passend.application.common.port.out;

/** Nummeruitgifte: new identifiers for applications and cases. */
public interface IdGenerator {
  /** A new id that starts with the prefix, safe in a URL (letters, digits, '-'). */
  String next(String prefix);
}
