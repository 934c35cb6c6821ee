package nl.passend.application.letters.port.in;

/** Verzend brieven: sends the letters that are due; a scheduler in the composition root calls it. */
public interface DispatchLettersUseCase {
  /**
   * What one round did.
   *
   * @param sent letters the mail server accepted
   * @param retried letters that failed and wait for their next attempt
   * @param failed letters given up after the last attempt
   */
  record Round(int sent, int retried, int failed) {
    /** How many letters the round claimed. */
    public int claimed() {
      return sent + retried + failed;
    }
  }

  /** Claims up to {@code limit} due letters and sends each; safe to call from several instances at once. */
  Round dispatchDue(int limit);
}
