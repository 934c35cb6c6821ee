package nl.passend.application.testing.memory;

import nl.passend.application.contract.OrganisationRepositoriesContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryOrganisationRepositoriesTest extends OrganisationRepositoriesContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
