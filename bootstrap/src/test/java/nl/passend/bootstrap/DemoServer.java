package nl.passend.bootstrap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo server on a database in memory for one test class, started before its tests and stopped
 * after them: {@code @RegisterExtension static final DemoServer demo = new DemoServer();}.
 */
final class DemoServer implements BeforeAllCallback, AfterAllCallback {
  private final String extraTokens;
  private PassendServer server;
  private Client client;

  DemoServer() {
    this("");
  }

  private DemoServer(String extraTokens) {
    this.extraTokens = extraTokens;
  }

  /** The demo server that also accepts the tokens of these lines of a tokens file ({@code token,ROLE,SCOPE_TYPE,scope}). */
  static DemoServer withTokens(String tokenLines) {
    return new DemoServer(tokenLines);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws java.io.IOException {
    if (extraTokens.isEmpty()) {
      server = TestDatabases.demoServerInMemory();
    } else {
      java.nio.file.Path tokens = java.nio.file.Files.createTempFile("tokens", ".csv");
      java.nio.file.Files.writeString(tokens, extraTokens);
      java.util.Map<String, String> env = TestDatabases.serverEnv();
      env.put("PASSEND_STORAGE", "memory");
      env.put("PASSEND_TOKENS_FILE", tokens.toString());
      server = PassendServer.create(env).start();
    }
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
