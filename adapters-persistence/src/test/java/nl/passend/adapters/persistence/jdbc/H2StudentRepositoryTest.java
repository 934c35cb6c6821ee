package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.StudentRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2StudentRepositoryTest extends StudentRepositoryContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
