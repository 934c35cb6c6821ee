package nl.passend.application.testing.memory;

import nl.passend.application.contract.LetterOutboxContract;
import nl.passend.application.storage.Storage;

/** Runs the outbox contract against the in-memory adapter. */
class InMemoryLetterOutboxTest extends LetterOutboxContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
