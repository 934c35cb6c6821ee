package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.PolicyRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2PolicyRepositoryTest extends PolicyRepositoryContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
