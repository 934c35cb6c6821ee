package nl.passend.application.common.port.out;

import java.util.function.Supplier;

/**
 * Transactie: a use case either commits everything it changed, with its audit entries, or nothing.
 */
public interface UnitOfWork {
  /**
   * Runs the work in one transaction: committed when it returns, rolled back when it throws (and the
   * exception passes on). Nested calls join the outer transaction.
   */
  <T> T inTransaction(Supplier<T> work);
}
