package nl.passend.application.testing.memory;

import nl.passend.application.contract.CaseRepositoriesContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryCaseRepositoriesTest extends CaseRepositoriesContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
