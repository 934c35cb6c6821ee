package nl.passend.application.common;

/**
 * Opslag onbereikbaar: the storage cannot be reached (the database is down or the pool is exhausted);
 * nothing was changed and the caller may try again later. The message holds no data.
 */
public class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error. */
  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
