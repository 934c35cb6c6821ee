package nl.passend.adapters.persistence.jdbc;

import java.util.Map;
import java.util.Objects;

/**
 * Databaseconfiguratie: the JDBC URL, user and password, from {@code PASSEND_DB_URL},
 * {@code PASSEND_DB_USER} and {@code PASSEND_DB_PASSWORD}; without a URL the embedded H2 file
 * {@code ./data/passend}; with {@code PASSEND_STORAGE=memory} an H2 database in memory that is gone
 * when the server stops. {@link #toString()} never shows the password.
 *
 * @param url the JDBC URL
 * @param user the user
 * @param password the password (never logged)
 * @param poolSize the most connections the pool opens
 */
public record JdbcConfig(String url, String user, String password, int poolSize) {
  /** The default: an H2 database in the file {@code ./data/passend}. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/passend";

  /** Validates the configuration. */
  public JdbcConfig {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("PASSEND_DB_URL must be an H2 or PostgreSQL JDBC URL (jdbc:h2:... or jdbc:postgresql:...)");
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    if (poolSize < 1 || poolSize > 100) {
      throw new IllegalArgumentException("the pool size must be 1 to 100");
    }
  }

  /** The configuration in an environment (or any map of the same variables). */
  public static JdbcConfig fromEnvironment(Map<String, String> env) {
    if ("memory".equalsIgnoreCase(env.getOrDefault("PASSEND_STORAGE", "").strip())) {
      return h2InMemory("passend-" + java.util.UUID.randomUUID());
    }
    String url = env.get("PASSEND_DB_URL");
    boolean configured = url != null && !url.isBlank();
    int pool = Integer.parseInt(env.getOrDefault("PASSEND_DB_POOL_SIZE", "10"));
    return new JdbcConfig(configured ? url.strip() : DEFAULT_URL,
        configured ? env.getOrDefault("PASSEND_DB_USER", "") : "sa",
        configured ? env.getOrDefault("PASSEND_DB_PASSWORD", "") : "", pool);
  }

  /** An in-memory H2 database of its own, for tests. */
  public static JdbcConfig h2InMemory(String name) {
    return new JdbcConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", 8);
  }

  /** The URL without credentials it may hold, and the user; never the password. */
  @Override
  public String toString() {
    String shown = url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    return "JdbcConfig[url=" + shown + ", user=" + user + ", password=***, poolSize=" + poolSize + "]";
  }
}
