package nl.passend.application.common;

/**
 * A document a caller sent (such as a transfer dossier) that cannot be read: not well-formed, a
 * construct that is refused (a DTD or an entity), an unknown namespace, a required element missing,
 * or larger than the limit. Names where (an element path) and what, never the document's content.
 */
public class UnreadableDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String reason;
  private final boolean tooLarge;

  /**
   * A refusal.
   *
   * @param path where in the document, such as {@code /dossier/metadata/standaardversie}, or {@code body}
   * @param reason what is wrong
   * @param tooLarge whether the document is over the size limit
   */
  public UnreadableDocumentException(String path, String reason, boolean tooLarge) {
    super(path + ": " + reason);
    this.path = path;
    this.reason = reason;
    this.tooLarge = tooLarge;
  }

  /** Where in the document. */
  public String path() {
    return path;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }

  /** Whether the document is over the size limit. */
  public boolean tooLarge() {
    return tooLarge;
  }
}
