package nl.passend.application.testing.memory;

import nl.passend.application.contract.StudentRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryStudentRepositoryTest extends StudentRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
