package nl.passend.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceLoader;
import nl.passend.application.policy.PolicyService;
import nl.passend.application.policy.port.in.ListPoliciesUseCase;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Passend server: wires the adapters to the use cases and serves the HTTP API of API.md.
 *
 * <p>This first version serves {@code GET /api/v1/health} and {@code GET /api/v1/policies}; the
 * rest of API.md arrives with the issue "Web adapter and server".
 */
public final class PassendServer {
  private static final Logger LOG = LoggerFactory.getLogger(PassendServer.class);

  private final Javalin app;

  private PassendServer(Javalin app) {
    this.app = app;
  }

  /** Builds the server over the given use cases, listening on {@code host}:{@code port} (0 picks a free port). */
  public static PassendServer create(ListPoliciesUseCase policies, String host, int port) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    Javalin app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.jetty.host = host;
      config.jetty.port = port;
      config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "UP")));
      config.routes.get("/api/v1/policies", ctx -> ctx.json(policyList(policies)));
    });
    return new PassendServer(app);
  }

  private static List<Map<String, String>> policyList(ListPoliciesUseCase policies) {
    return policies.listPolicies().stream()
        .map(p -> Map.of("id", p.id().value(), "name", p.name(), "sector", p.sector().name()))
        .toList();
  }

  /** Starts listening. */
  public PassendServer start() {
    app.start();
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops the server, letting running requests finish. */
  public void stop() {
    app.stop();
  }

  /** Starts the server on {@code PASSEND_HOST} (default all interfaces) and {@code PASSEND_PORT} (default 8080). */
  public static void main(String[] args) {
    String host = System.getenv().getOrDefault("PASSEND_HOST", "0.0.0.0");
    int port = Integer.parseInt(System.getenv().getOrDefault("PASSEND_PORT", "8080"));
    Map<String, String> env = System.getenv();
    StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.accepts(env))
        .max(Comparator.comparingInt(StorageProvider::priority))
        .orElseThrow(() -> new IllegalStateException("no storage adapter on the class path"));
    Storage storage = provider.open(env);
    PassendServer server = create(new PolicyService(storage.policies()), host, port).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      storage.close();
    }, "passend-shutdown"));
    LOG.info("Passend listens on {}:{} with {} storage", host, server.port(), provider.name());
  }
}
