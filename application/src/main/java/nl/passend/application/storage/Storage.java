package nl.passend.application.storage;

import nl.passend.application.policy.port.out.PolicyRepository;

/**
 * Opslag: the outbound ports one persistence adapter implements together. Closing it releases its
 * resources (connections, files).
 */
public interface Storage extends AutoCloseable {
  /** The policies. */
  PolicyRepository policies();

  /** Releases the storage's resources; does not throw. */
  @Override
  void close();
}
