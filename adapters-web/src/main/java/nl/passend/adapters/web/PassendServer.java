package nl.passend.adapters.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.passend.application.Passend;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.policy.PartnershipPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Passend server: wires storage, policies, tokens and the use cases, and serves API.md over
 * Javalin. Configuration comes from the environment: {@code PASSEND_PORT} (8080), {@code PASSEND_HOST}
 * (all interfaces), {@code PASSEND_DB_URL}/{@code _USER}/{@code _PASSWORD} (else the H2 file
 * {@code ./data/passend}), {@code PASSEND_STORAGE=memory}, {@code PASSEND_TOKENS_FILE},
 * {@code PASSEND_DEMO} (default true without a database URL), {@code PASSEND_POLICY_DIR},
 * {@code PASSEND_CALENDAR_FILE}, {@code PASSEND_MAX_REQUEST_BYTES} (20 MB).
 */
public final class PassendServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PassendServer.class);
  private static final String UNPROTECTED_HEALTH = "/api/v1/health";
  /** The header that names the version of the API contract on every response (NL API Design Rules). */
  static final String API_VERSION_HEADER = "API-Version";
  /** The version of the API contract, equal to the OpenAPI document's {@code info.version}. */
  static final String API_VERSION = "1.1.0";
  private static final String UNPROTECTED_OPENAPI = "/api/v1/openapi.json";

  private final Javalin app;
  private final Storage storage;
  private final RequestLog requestLog;

  private final Routes[] routes;

  private PassendServer(Javalin app, Storage storage, RequestLog requestLog, Routes[] routes) {
    this.routes = routes;
    this.app = app;
    this.storage = storage;
    this.requestLog = requestLog;
  }

  /**
   * Builds the server from a configuration map (normally the environment).
   *
   * @throws IllegalStateException with a message naming the file and field when a policy document,
   *     the tokens file or the calendar file is invalid
   */
  public static PassendServer create(Map<String, String> env) {
    Storage storage = openStorage(env);
    try {
      loadPolicies(env, storage);
      Clock clock = new SystemClock();
      Passend passend = new Passend(storage, clock, new RandomIdGenerator(), new LoggingNotifier(),
          new FileSchoolCalendarSource(Optional.ofNullable(env.get("PASSEND_CALENDAR_FILE")).filter(s -> !s.isBlank()).map(Path::of)));
      boolean databaseConfigured = env.get("PASSEND_DB_URL") != null && !env.get("PASSEND_DB_URL").isBlank();
      boolean demo = Boolean.parseBoolean(env.getOrDefault("PASSEND_DEMO", String.valueOf(!databaseConfigured)));
      Tokens tokens = new Tokens();
      String tokensFile = env.get("PASSEND_TOKENS_FILE");
      if (tokensFile != null && !tokensFile.isBlank()) {
        tokens = Tokens.read(Path.of(tokensFile));
      }
      if (demo) {
        DemoData.addTokens(tokens);
        boolean seeded = DemoData.seed(passend, clock.today());
        LOG.warn("DEMO MODE - NOT FOR PRODUCTION: demo data {}, tokens demo-admin, demo-partnership, demo-committee, demo-board, demo-school, "
            + "demo-auditor accepted", seeded ? "seeded" : "already present");
      }
      if (tokens.size() == 0) {
        LOG.warn("no tokens configured (PASSEND_TOKENS_FILE): every request but health will be refused with 401");
      }
      String host = env.getOrDefault("PASSEND_HOST", "0.0.0.0");
      int port = (int) number(env, "PASSEND_PORT", 8080, 0, 65_535);
      long maxBytes = number(env, "PASSEND_MAX_REQUEST_BYTES", 20L * 1024 * 1024, 1024, Integer.MAX_VALUE);
      Api api = new Api(passend, clock, openApi(env));
      RequestLog requestLog = new RequestLog(LOG);
      Set<String> corsOrigins = Arrays.stream(env.getOrDefault("PASSEND_CORS_ORIGINS", "").split(",")).map(String::strip)
          .filter(o -> !o.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
      Tokens accepted = tokens;
      Routes[] registered = new Routes[1];
      Optional<Tls> tls = Tls.from(env);
      if (tls.isEmpty()) {
        LOG.warn("no TLS (PASSEND_TLS_KEYSTORE): serving plain HTTP, which must only be reached through a TLS-terminating proxy "
            + "(see README, 'HTTPS')");
      }
      Javalin app = Javalin.create(config -> {
        config.jetty.host = host;
        config.jetty.port = port;
        tls.ifPresent(t -> config.jetty.addConnector((server, http) -> t.connector(server, http, host, port)));
        config.http.maxRequestSize = maxBytes;
        config.http.defaultContentType = "application/json";
        config.startup.showJavalinBanner = false;
        config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        // NL API Design Rules: a trailing slash is another (unknown) path; a known path with another method is 405.
        config.router.ignoreTrailingSlashes = false;
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(s -> {
          s.setStopTimeout(5_000);
          s.setErrorHandler(new ProblemErrorHandler());
        });
        config.requestLogger.http((ctx, ms) -> requestLog.add(ctx.method().name(), Problems.template(ctx), ctx.statusCode(), Math.round(ms)));
        Routes routes = new Routes(config.routes);
        registered[0] = routes;
        config.routes.before(ctx -> {
          ctx.header(API_VERSION_HEADER, API_VERSION);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Cache-Control", "no-store");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
          String path = ctx.path();
          String origin = ctx.header("Origin");
          if (origin != null) {
            if (path.equals(UNPROTECTED_OPENAPI)) {
              ctx.header("Access-Control-Allow-Origin", "*");
            } else if (corsOrigins.contains(origin)) {
              ctx.header("Access-Control-Allow-Origin", origin);
              ctx.header("Vary", "Origin");
              ctx.header("Access-Control-Expose-Headers", "ETag, Location, API-Version, Link");
            }
          }
          if (ctx.method() == io.javalin.http.HandlerType.OPTIONS) {
            // A preflight carries no token (CORS); it answers which methods and headers may follow.
            Set<String> allowed = routes.allowed(path);
            if (!allowed.isEmpty()) {
              ctx.header("Allow", String.join(", ", allowed));
              if (origin != null && (path.equals(UNPROTECTED_OPENAPI) || corsOrigins.contains(origin))) {
                ctx.header("Access-Control-Allow-Methods", String.join(", ", allowed));
                ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match");
                ctx.header("Access-Control-Max-Age", "600");
              }
            }
            return;
          }
          if (path.equals(UNPROTECTED_HEALTH) || path.equals(UNPROTECTED_OPENAPI)) {
            return;
          }
          String header = ctx.header("Authorization");
          if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw WebProblem.unauthorized();
          }
          ctx.attribute(Http.ACTOR, accepted.actor(header.substring(7).strip()).orElseThrow(WebProblem::unauthorized));
        });
        config.routes.exception(Exception.class, Problems::handle);
        config.routes.exception(HttpResponseException.class, Problems::handle);
        // Javalin's own answers (no route, body too large, ...) become problems too.
        for (int status : new int[] {400, 404, 405, 413, 415, 500, 503}) {
          config.routes.error(status, "*", ctx -> {
            if (status == 405) {
              ctx.header("Allow", String.join(", ", routes.allowed(ctx.path())));
            }
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(Problems.CONTENT_TYPE)) {
              Problems.status(ctx, status, status == 404 ? "not-found" : status == 405 ? "method-not-allowed" : status == 413 ? "too-large" : "http-" + status,
                  status == 404 ? "Not found" : status == 405 ? "Method not allowed" : status == 413 ? "Request too large" : "Error",
                  status == 404 ? "there is no resource at this path" : status == 405 ? "this path answers " + routes.allowed(ctx.path())
                      : status == 413 ? "the body is too large" : "the request could not be handled");
            }
          });
        }
        api.register(routes);
      });
      return new PassendServer(app, storage, requestLog, registered);
    } catch (IOException e) {
      storage.close();
      throw new IllegalStateException("a configuration file could not be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(name + " must be a whole number from " + min + " to " + max + ", but was '" + value + "'");
  }

  private static Storage openStorage(Map<String, String> env) {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.accepts(env))
        .max(Comparator.comparingInt(StorageProvider::priority))
        .orElseThrow(() -> new IllegalStateException("no storage adapter on the class path"));
    LOG.info("storage: {}", provider.name());
    return provider.open(env);
  }

  /** Loads and validates every {@code *.json} policy document in {@code PASSEND_POLICY_DIR}. */
  static void loadPolicies(Map<String, String> env, Storage storage) {
    String dir = env.get("PASSEND_POLICY_DIR");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(dir), "*.json")) {
      for (Path file : files) {
        PartnershipPolicy policy = readPolicy(file);
        if (storage.policies().find(policy.id()).isPresent()) {
          throw new IllegalStateException("policy document " + file.getFileName() + ": field id: policy " + policy.id() + " exists already");
        }
        storage.policies().add(policy);
        LOG.info("custom policy {} loaded from {}", policy.id(), file.getFileName());
      }
    } catch (IOException e) {
      throw new IllegalStateException("PASSEND_POLICY_DIR " + dir + " cannot be read", e);
    }
  }

  /** Reads one policy document; a bad one fails with the file and the field named. */
  static PartnershipPolicy readPolicy(Path file) {
    String name = file.getFileName().toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Json.read(bytes, PolicyDocument.class).toPolicy();
    } catch (WebProblem e) {
      throw new IllegalStateException("policy document " + name + ": field " + e.errors.get(0).get("field") + ": " + e.errors.get(0).get("message"));
    } catch (InvalidValueException e) {
      throw new IllegalStateException("policy document " + name + ": field " + e.field() + ": " + e.reason());
    } catch (IllegalStateException e) {
      throw new IllegalStateException("policy document " + name + ": " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException("policy document " + name + " cannot be read");
    }
  }

  /**
   * The OpenAPI document, with the operator's contact ({@code PASSEND_API_CONTACT_URL},
   * {@code PASSEND_API_CONTACT_EMAIL}) filled in when configured.
   */
  private static String openApi(Map<String, String> env) {
    try (InputStream in = PassendServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String url = env.getOrDefault("PASSEND_API_CONTACT_URL", "").strip();
      String email = env.getOrDefault("PASSEND_API_CONTACT_EMAIL", "").strip();
      if (url.isEmpty() && email.isEmpty()) {
        return document;
      }
      var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(document);
      var contact = ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("info")).putObject("contact");
      contact.put("name", env.getOrDefault("PASSEND_API_CONTACT_NAME", "Passend").strip());
      if (!url.isEmpty()) {
        contact.put("url", url);
      }
      if (!email.isEmpty()) {
        contact.put("email", email);
      }
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new IllegalStateException("openapi.json cannot be read", e);
    }
  }

  /** The registered routes: path templates (relative to the server root) with their methods. */
  Map<String, Set<String>> routeTable() {
    return routes[0].table();
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

  /** Stops the server, letting running requests finish, and closes the storage. */
  @Override
  public void close() {
    app.stop();
    requestLog.close();
    storage.close();
  }

  /** Starts the server with the environment's configuration. */
  public static void main(String[] args) {
    PassendServer server;
    try {
      server = create(System.getenv()).start();
    } catch (IllegalStateException | IllegalArgumentException e) {
      LOG.error("Passend cannot start: {}", e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "passend-shutdown"));
    LOG.info("Passend listens on port {} (API at /api/v1, OpenAPI at /api/v1/openapi.json)", server.port());
  }

}
