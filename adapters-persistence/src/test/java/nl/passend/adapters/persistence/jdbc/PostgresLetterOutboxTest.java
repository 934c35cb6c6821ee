package nl.passend.adapters.persistence.jdbc;

import nl.passend.application.contract.LetterOutboxContract;
import nl.passend.application.storage.Storage;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs the port contract against the JDBC adapter on PostgreSQL (switched on by -Ppostgres, as .ci/run does). */
@EnabledIfSystemProperty(named = "passend.postgres", matches = "true",
    disabledReason = "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does) against 127.0.0.1:5432/test")
class PostgresLetterOutboxTest extends LetterOutboxContract {
  @Override
  protected Storage newStorage() {
    return TestDatabases.postgres();
  }
}
