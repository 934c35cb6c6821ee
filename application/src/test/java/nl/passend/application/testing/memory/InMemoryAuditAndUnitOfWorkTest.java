package nl.passend.application.testing.memory;

import nl.passend.application.contract.AuditAndUnitOfWorkContract;
import nl.passend.application.storage.Storage;

/** Runs the port contract against the in-memory adapter. */
class InMemoryAuditAndUnitOfWorkTest extends AuditAndUnitOfWorkContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
