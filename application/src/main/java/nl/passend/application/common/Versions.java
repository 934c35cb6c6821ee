package nl.passend.application.common;

/**
 * Optimistic concurrency for the use cases: a change names the version it was read at, and the use
 * case compares it with the stored one after authorising and loading, in the same unit of work.
 */
public final class Versions {
  /** The expected version of a change that named none (an HTTP request without {@code If-Match}). */
  public static final long NOT_GIVEN = Long.MIN_VALUE;

  private Versions() {}

  /**
   * Checks the version a change was based on.
   *
   * @throws PreconditionRequiredException when it named none
   * @throws StaleVersionException when it is not the stored version
   */
  public static void require(String kind, String id, long expected, long actual) {
    if (expected == NOT_GIVEN) {
      throw new PreconditionRequiredException(kind, id);
    }
    if (expected != actual) {
      throw new StaleVersionException(kind, id, expected, actual);
    }
  }
}
