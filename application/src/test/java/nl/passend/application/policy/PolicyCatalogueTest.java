package nl.passend.application.policy;

import nl.passend.application.contract.PolicyRepositoryContract;
import nl.passend.application.storage.Storage;
import nl.passend.application.testing.memory.InMemoryStorage;

/** Runs the port contract against the in-memory adapter. */
class PolicyCatalogueTest extends PolicyRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
