package nl.passend.bootstrap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo server on a database in memory for one test class, started before its tests and stopped
 * after them: {@code @RegisterExtension static final DemoServer demo = new DemoServer();}.
 */
final class DemoServer implements BeforeAllCallback, AfterAllCallback {
  private PassendServer server;
  private Client client;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = TestDatabases.demoServerInMemory();
    client = new Client(server.port());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  /** A client of the running server. */
  Client client() {
    return client;
  }

  /** The server's port. */
  int port() {
    return server.port();
  }
}
