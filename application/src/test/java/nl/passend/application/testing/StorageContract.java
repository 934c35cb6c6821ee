package nl.passend.application.testing;

import nl.passend.application.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the port contract tests: an adapter supplies fresh storage for every test, and every
 * contract below runs against it. A team that writes its own adapter extends each contract with one
 * small class (see docs/extending.md).
 */
public abstract class StorageContract {
  /** The storage under test, new for every test. */
  protected Storage storage;

  /** Creates empty storage (with the built-in policies). */
  protected abstract Storage newStorage();

  @BeforeEach
  void openStorage() {
    storage = newStorage();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }
}
