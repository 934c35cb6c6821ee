package nl.passend.application.testing.memory;

import nl.passend.application.contract.AssessmentRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryAssessmentRepositoryTest extends AssessmentRepositoryContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
