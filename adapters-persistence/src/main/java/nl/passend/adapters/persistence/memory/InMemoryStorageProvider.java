package nl.passend.adapters.persistence.memory;

import java.util.Map;
import nl.passend.application.policy.port.out.PolicyRepository;
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
    InMemoryPolicyRepository policies = new InMemoryPolicyRepository();
    return new Storage() {
      @Override
      public PolicyRepository policies() {
        return policies;
      }

      @Override
      public void close() {
        // Nothing to release: the data lives as long as the storage object.
      }
    };
  }
}
