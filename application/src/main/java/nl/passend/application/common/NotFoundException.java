package nl.passend.application.common;

/** Niet gevonden: the resource does not exist. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;

  /** Creates the error for a kind of resource and its id (ids are pseudonymous, never personal data). */
  public NotFoundException(String kind, String id) {
    super(kind + " " + id + " does not exist");
    this.kind = kind;
  }

  /** The kind of resource. */
  public String kind() {
    return kind;
  }
}
