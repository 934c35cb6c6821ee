package nl.passend.adapters.persistence.memory;

import java.util.Map;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;

/** Offers in-memory storage; it accepts every configuration at the lowest priority. */
public final class InMemoryStorageProvider implements StorageProvider {
  @Override
  public String name() {
    return "memory";
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public boolean accepts(Map<String, String> configuration) {
    return true;
  }

  @Override
  public Storage open(Map<String, String> configuration) {
    return new InMemoryStorage();
  }
}
