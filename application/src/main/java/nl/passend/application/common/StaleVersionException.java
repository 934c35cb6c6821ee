package nl.passend.application.common;

/**
 * Verouderde versie: the resource changed since the caller read it; the change is refused, never
 * written over the newer one.
 */
public class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long expected;
  private final long actual;

  /** Creates the error. */
  public StaleVersionException(String kind, String id, long expected, long actual) {
    super(kind + " " + id + " is at version " + actual + ", not " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  /** The version the caller had. */
  public long expected() {
    return expected;
  }

  /** The version stored. */
  public long actual() {
    return actual;
  }
}
