package nl.passend.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the benchmarks use ({@code -Dpassend.postgres.server}, default
 * 127.0.0.1:5432, user {@code postgres}, trust authentication), and a database of their own on it.
 */
final class BenchDatabase {
  static final String SERVER = System.getProperty("passend.postgres.server", "jdbc:postgresql://127.0.0.1:5432/");
  static final String USER = "postgres";

  private BenchDatabase() {}

  /** The JDBC URL of a database on the server. */
  static String url(String database) {
    return SERVER + database;
  }

  /** Drops the database if it exists and creates it empty. */
  static void recreate(String database) {
    drop(database);
    admin("CREATE DATABASE " + database);
  }

  static void drop(String database) {
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, "");
  }

  private static void admin(String statement) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement + ": " + e.getMessage(), e);
    }
  }
}
