package nl.passend.adapters.persistence.memory;

import nl.passend.application.contract.ApplicationRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryApplicationRepositoryTest extends ApplicationRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
