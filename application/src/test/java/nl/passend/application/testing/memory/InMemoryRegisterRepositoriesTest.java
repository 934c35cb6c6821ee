package nl.passend.application.testing.memory;

import nl.passend.application.contract.RegistrationAndLwooRepositoriesContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryRegisterRepositoriesTest extends RegistrationAndLwooRepositoriesContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
