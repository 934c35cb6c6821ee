package nl.passend.adapters.persistence.jdbc;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.application.storage.Storage;

/** Fresh databases for tests: an H2 in-memory database, or a PostgreSQL schema of its own that is dropped on close. */
final class TestDatabases {
  static final String PG_URL = System.getProperty("passend.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = System.getProperty("passend.postgres.user", "postgres");

  private TestDatabases() {}

  static JdbcStorage h2() {
    return new JdbcStorage(JdbcConfig.h2InMemory("t" + UUID.randomUUID().toString().replace("-", "")), new PolicyCatalogue(SeedPolicies.all()));
  }

  static Storage postgres() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    JdbcStorage storage = new JdbcStorage(new JdbcConfig(PG_URL + "?currentSchema=" + schema, PG_USER, "", 8), new PolicyCatalogue(SeedPolicies.all()));
    return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class}, (proxy, method, args) -> {
      if (method.getName().equals("close")) {
        storage.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
        return null;
      }
      return method.invoke(storage, args);
    });
  }

  static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + PG_URL + " refused: " + e.getMessage(), e);
    }
  }
}
