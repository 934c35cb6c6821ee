package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.AssessmentRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2AssessmentRepositoryTest extends AssessmentRepositoryContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
