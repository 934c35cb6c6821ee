/**
 * Brieven: the decision letters of R-DL-6 on their way out. A deciding step writes its letters into
 * the outbox in its own transaction; {@link nl.passend.application.letters.LetterDispatchService}
 * sends them after commit, retries with backoff while the mail server is away, and records each
 * outcome in the audit trail. The addressees live in the outbox only until the letter is sent.
 */
package nl.passend.application.letters;
