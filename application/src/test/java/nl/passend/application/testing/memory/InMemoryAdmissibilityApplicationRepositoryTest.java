package nl.passend.application.testing.memory;

import nl.passend.application.contract.AdmissibilityApplicationRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryAdmissibilityApplicationRepositoryTest extends AdmissibilityApplicationRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
