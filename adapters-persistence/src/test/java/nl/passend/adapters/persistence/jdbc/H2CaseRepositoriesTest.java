package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.CaseRepositoriesContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2CaseRepositoriesTest extends CaseRepositoriesContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
