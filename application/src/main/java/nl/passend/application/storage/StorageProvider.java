package nl.passend.application.storage;

import java.util.Map;
import nl.passend.application.policy.PolicyCatalogue;

/**
 * Opslagaanbieder: a persistence adapter's entry point, found with {@link java.util.ServiceLoader}.
 * The provider with the highest {@link #priority()} that {@link #accepts} the configuration is used.
 */
public interface StorageProvider {
  /** A short name for start-up messages, e.g. {@code memory} or {@code jdbc}. */
  String name();

  /** Higher wins when several accept a configuration. */
  int priority();

  /** Whether this provider can open storage for the configuration (the server's environment). */
  boolean accepts(Map<String, String> configuration);

  /**
   * Opens the storage.
   *
   * @param configuration the server's environment
   * @param policies the policies the instance knows; the storage hands them out as its policy repository
   */
  Storage open(Map<String, String> configuration, PolicyCatalogue policies);
}
