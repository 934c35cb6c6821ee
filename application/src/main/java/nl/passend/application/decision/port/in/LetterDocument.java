package nl.passend.application.decision.port.in;

/**
 * A decision letter as a document to hand to its reader.
 *
 * @param contentType its media type, such as {@code application/pdf}
 * @param content its bytes
 */
public record LetterDocument(String contentType, byte[] content) {}
