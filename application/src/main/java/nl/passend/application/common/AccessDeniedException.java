package nl.passend.application.common;

/**
 * Geen toegang: the actor may not do or see this (R-PRIV-1). A denial is an error, never an empty
 * result. The message names the role and the kind of resource, never personal data.
 */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the denial. */
  public AccessDeniedException(String message) {
    super(message);
  }
}
