package nl.passend.formats;

/**
 * A policy document that cannot be read: names the document (file or resource), the field and what
 * is wrong, such as {@code policy document po-x.json: field eligibility[2].scheme: has the wrong
 * format or an unknown value}.
 */
public final class PolicyDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String document;
  private final String field;
  private final String reason;

  /**
   * A failure of one document.
   *
   * @param document the file or resource name
   * @param field the path of the bad field, or {@code body} for the document as a whole
   * @param reason what is wrong
   */
  public PolicyDocumentException(String document, String field, String reason) {
    super("policy document " + document + ": field " + field + ": " + reason);
    this.document = document;
    this.field = field;
    this.reason = reason;
  }

  /** The file or resource name. */
  public String document() {
    return document;
  }

  /** The path of the bad field. */
  public String field() {
    return field;
  }

  /** What is wrong with it. */
  public String reason() {
    return reason;
  }
}
