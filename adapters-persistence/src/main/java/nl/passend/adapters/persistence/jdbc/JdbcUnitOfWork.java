package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.passend.application.common.port.out.UnitOfWork;

/**
 * Transactions on one JDBC connection per thread: committed when the work returns, rolled back when it
 * throws; nested calls join. Outside a transaction each repository call runs in a short one of its own.
 */
public final class JdbcUnitOfWork implements UnitOfWork {
  private final DataSource dataSource;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final ThreadLocal<Map<Object, Object>> scope = new ThreadLocal<>();

  /** Creates the unit of work over a pool. */
  public JdbcUnitOfWork(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    Connection connection = open();
    current.set(connection);
    scope.set(new HashMap<>());
    try {
      connection.setAutoCommit(false);
      T result = work.get();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(connection);
      throw SqlErrors.translate(e, "commit");
    } catch (RuntimeException | Error e) {
      rollback(connection);
      throw e;
    } finally {
      current.remove();
      scope.remove();
      close(connection);
    }
  }

  /**
   * What repositories learned in the current transaction (such as what they read of a row they
   * hold), gone when it ends; empty outside a transaction.
   */
  Optional<Map<Object, Object>> transactionScope() {
    return Optional.ofNullable(scope.get());
  }

  /** Runs {@code work} on the transaction's connection, or on a connection of its own that commits at once. */
  <T> T withConnection(SqlWork<T> work) {
    Connection tx = current.get();
    if (tx != null) {
      try {
        return work.apply(tx);
      } catch (SQLException e) {
        throw SqlErrors.translate(e, "statement");
      }
    }
    return inOwnTransaction(work, false);
  }

  /**
   * Runs a read of several statements on one snapshot: in the current transaction when there is one
   * (whose isolation stays as it is), or else in a read-only transaction of its own at REPEATABLE
   * READ, so that every statement sees the same committed data however many writers commit meanwhile.
   */
  <T> T withSnapshot(SqlWork<T> work) {
    return current.get() != null ? withConnection(work) : inOwnTransaction(work, true);
  }

  /** Runs {@code work} on a connection of its own in one short transaction, at REPEATABLE READ when {@code snapshot}. */
  private <T> T inOwnTransaction(SqlWork<T> work, boolean snapshot) {
    try (Connection own = open()) {
      int isolation = snapshot ? own.getTransactionIsolation() : Connection.TRANSACTION_NONE;
      own.setAutoCommit(false);
      if (snapshot) {
        own.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        T result = work.apply(own);
        own.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        // A rollback on a broken connection fails too; the first error is the one that explains.
        rollback(own);
        throw e;
      } finally {
        if (snapshot) {
          own.setTransactionIsolation(isolation);
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "statement");
    }
  }

  private Connection open() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "connect");
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; closing it discards the transaction.
    }
  }

  private static void close(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // A broken connection is evicted by the pool.
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing left to release.
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }
}
