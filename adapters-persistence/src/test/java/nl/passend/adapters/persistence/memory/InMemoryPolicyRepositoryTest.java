package nl.passend.adapters.persistence.memory;

import nl.passend.application.contract.PolicyRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryPolicyRepositoryTest extends PolicyRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
