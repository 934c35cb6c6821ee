package nl.passend.application.storage;

import java.util.Map;

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

  /** Opens the storage. */
  Storage open(Map<String, String> configuration);
}
