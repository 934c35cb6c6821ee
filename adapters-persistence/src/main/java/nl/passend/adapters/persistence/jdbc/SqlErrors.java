package nl.passend.adapters.persistence.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import nl.passend.application.common.StorageUnavailableException;

/** Translates JDBC errors into the application's errors, without data or SQL in the message. */
final class SqlErrors {
  private SqlErrors() {}

  /** SQLState 23505: a unique or primary key is taken (H2 and PostgreSQL). */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** SQLState 40001 / H2 90131 / 40P01: the database refused a concurrent change. */
  static boolean isConcurrentChange(SQLException e) {
    return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()) || e.getErrorCode() == 90131 || "90131".equals(e.getSQLState());
  }

  static RuntimeException translate(SQLException e, String during) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (lostConnection(e)) {
      return new StorageUnavailableException("the database cannot be reached (" + during + ")", e);
    }
    return new IllegalStateException("database error " + state + " during " + during, e);
  }

  /**
   * Whether the error, or one it was caused by, means the database is out of reach: no connection
   * to be had (SQLState class 08), the server shutting down or ending the session (57P), or a
   * connection the pool already closed after such an error.
   */
  static boolean lostConnection(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }
}
