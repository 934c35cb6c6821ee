package nl.passend.application.operations.port.in;

/** Gereed: whether this instance can serve requests now, for a load balancer's readiness check. */
public interface ReadinessUseCase {
  /**
   * Reads from the storage once, in a transaction of its own.
   *
   * @throws nl.passend.application.common.StorageUnavailableException when the storage cannot be reached
   */
  void requireReady();
}
