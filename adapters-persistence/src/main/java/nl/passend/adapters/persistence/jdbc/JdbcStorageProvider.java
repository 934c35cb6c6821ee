package nl.passend.adapters.persistence.jdbc;

import java.util.Map;
import nl.passend.adapters.persistence.memory.InMemoryPolicyRepository;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;

/**
 * Offers JDBC storage: PostgreSQL or H2 from {@code PASSEND_DB_URL}, or the embedded H2 file default.
 * It serves every configuration except {@code PASSEND_STORAGE=memory}.
 */
public final class JdbcStorageProvider implements StorageProvider {
  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(Map<String, String> configuration) {
    return !"memory".equalsIgnoreCase(configuration.getOrDefault("PASSEND_STORAGE", ""));
  }

  @Override
  public Storage open(Map<String, String> configuration) {
    return new JdbcStorage(JdbcConfig.fromEnvironment(configuration), new InMemoryPolicyRepository());
  }
}
