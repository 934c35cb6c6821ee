package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.LetterOutboxContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the JDBC adapter on embedded H2. */
class H2LetterOutboxTest extends LetterOutboxContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.h2();
  }
}
