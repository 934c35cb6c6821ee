package nl.passend.application.common;

/** Bestaat al: a resource with this id exists already. */
public class AlreadyExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error. */
  public AlreadyExistsException(String kind, String id) {
    super(kind + " " + id + " exists already");
  }
}
