package nl.passend.application.letters.port.out;

/** Postbode: hands a letter to a mail server (the SMTP adapter, or another). */
public interface LetterMailer {
  /**
   * One mail with the letter attached.
   *
   * @param messageId a stable id per idempotency key, so that a mail sent twice after a crash is one message to the receiver
   * @param toName the addressee's name
   * @param toAddress the addressee's e-mail address
   * @param subject the subject line
   * @param body the plain-text body
   * @param attachmentName the attached file's name
   * @param contentType the attachment's media type
   * @param attachment the letter
   */
  record Mail(String messageId, String toName, String toAddress, String subject, String body, String attachmentName, String contentType,
      byte[] attachment) {
    /** Only what may be logged. */
    @Override
    public String toString() {
      return "Mail[" + messageId + "]";
    }
  }

  /** Failed to hand the mail over; worth trying again later. Its message holds no personal data. */
  final class DeliveryFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a reason that names no addressee. */
    public DeliveryFailedException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /**
   * Sends the mail; returns when the server accepted it.
   *
   * @throws DeliveryFailedException when the server is unreachable or refuses it
   */
  void send(Mail mail);
}
