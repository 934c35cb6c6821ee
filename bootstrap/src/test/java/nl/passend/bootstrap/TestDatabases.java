package nl.passend.bootstrap;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Server configurations on a real database: an H2 file in a folder, or a fresh PostgreSQL database. */
final class TestDatabases {
  private TestDatabases() {}

  /** Whether the PostgreSQL tests are switched on ({@code -Ppostgres}, as .ci/run does). */
  static boolean postgresEnabled() {
    return Boolean.getBoolean("passend.postgres");
  }

  /** The server in demo mode on a database in memory, started on a free port. */
  static PassendServer demoServerInMemory() {
    Map<String, String> env = serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    return PassendServer.create(env).start();
  }

  static Map<String, String> serverEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("PASSEND_PORT", "0");
    env.put("PASSEND_HOST", "127.0.0.1");
    env.put("PASSEND_DEMO", "true");
    return env;
  }

  /** The embedded H2 file database, the server's default, in the given folder. */
  static Map<String, String> h2(Path dir) {
    Map<String, String> env = serverEnv();
    env.put("PASSEND_DB_URL", "jdbc:h2:file:" + dir.resolve("passend").toAbsolutePath());
    return env;
  }

  /** A new, empty PostgreSQL database for one test; {@link #dropPostgres} removes it. */
  static Map<String, String> postgres() {
    String name = "passend_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    execute("CREATE DATABASE " + name);
    Map<String, String> env = serverEnv();
    env.put("PASSEND_DB_URL", adminUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + name));
    env.put("PASSEND_DB_USER", System.getProperty("passend.postgres.user", "postgres"));
    return env;
  }

  /** A test body that runs against a server configuration. */
  @FunctionalInterface
  interface ServerTest {
    void run(Map<String, String> env) throws Exception;
  }

  /** Runs {@code test} on a new, empty PostgreSQL database and drops it afterwards, whatever happens. */
  static void onFreshPostgres(ServerTest test) throws Exception {
    Map<String, String> env = postgres();
    try {
      test.run(env);
    } finally {
      dropPostgres(env);
    }
  }

  static void dropPostgres(Map<String, String> env) {
    execute("DROP DATABASE IF EXISTS " + databaseName(env) + " WITH (FORCE)");
  }

  /** The name of the database a PostgreSQL configuration points at. */
  static String databaseName(Map<String, String> env) {
    String url = env.get("PASSEND_DB_URL");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static String adminUrl() {
    return System.getProperty("passend.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  /** Runs one administrative statement on the PostgreSQL server. */
  static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(adminUrl(), System.getProperty("passend.postgres.user", "postgres"), "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
    }
  }
}
