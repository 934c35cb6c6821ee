package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.AdmissibilityApplicationRepositoryContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2AdmissibilityApplicationRepositoryTest extends AdmissibilityApplicationRepositoryContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
