package nl.passend.application.common;

/**
 * Versie ontbreekt: a change that must name the version it was based on did not name one, so a
 * concurrent change could not be detected; nothing is changed.
 */
public class PreconditionRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error. */
  public PreconditionRequiredException(String kind, String id) {
    super("a change of " + kind + " " + id + " names the version it was based on");
  }
}
