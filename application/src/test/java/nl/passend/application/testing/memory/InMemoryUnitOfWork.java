package nl.passend.application.testing.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.passend.application.common.port.out.UnitOfWork;

/**
 * Transactions over the in-memory repositories: one at a time (a fair lock), each write registering
 * how to undo it; a transaction that throws is undone in reverse order. Writes outside a transaction
 * commit at once.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undo.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    try {
      T result = work.get();
      log.clear();
      return result;
    } catch (RuntimeException | Error e) {
      while (!log.isEmpty()) {
        log.pop().run();
      }
      throw e;
    } finally {
      undo.remove();
      lock.unlock();
    }
  }

  /** Registers how to undo a write of the current transaction, if there is one. */
  void onRollback(Runnable action) {
    Deque<Runnable> log = undo.get();
    if (log != null) {
      log.push(action);
    }
  }

  /** Runs a write under the transaction lock (joining the current transaction when there is one). */
  <T> T write(Supplier<T> write) {
    if (undo.get() != null) {
      return write.get();
    }
    lock.lock();
    try {
      return write.get();
    } finally {
      lock.unlock();
    }
  }
}
