package nl.passend.adapters.persistence.jdbc;

import java.util.Map;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;

/**
 * Offers JDBC storage: PostgreSQL or H2 from {@code PASSEND_DB_URL}, or the embedded H2 file default.
 * {@code PASSEND_STORAGE=memory} gives an H2 database in memory, for trials.
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
    return true;
  }

  @Override
  public Storage open(Map<String, String> configuration, PolicyCatalogue policies) {
    return new JdbcStorage(JdbcConfig.fromEnvironment(configuration), policies);
  }
}
