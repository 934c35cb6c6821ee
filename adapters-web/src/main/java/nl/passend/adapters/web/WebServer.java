package nl.passend.adapters.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP adapter as one server: the routes of API.md over Javalin, with bearer-token
 * authentication, problem documents, the NL API Design Rules' headers, CORS and optional TLS. It
 * drives Passend through its use cases only; the composition root (module {@code bootstrap}) builds
 * the use cases, the tokens and the settings and hands them in.
 */
public final class WebServer implements AutoCloseable {
  /** The header that names the version of the API contract on every response (NL API Design Rules). */
  public static final String API_VERSION_HEADER = "API-Version";
  /** The version of the API contract, equal to the OpenAPI document's {@code info.version}. */
  public static final String API_VERSION = "1.1.0";
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String UNPROTECTED_HEALTH = "/api/v1/health";
  private static final String UNPROTECTED_OPENAPI = "/api/v1/openapi.json";

  /**
   * How the server listens.
   *
   * @param host the interface to listen on ({@code 0.0.0.0} for all)
   * @param port the port (0 for any free one)
   * @param maxRequestBytes the largest request body accepted (413 above it)
   * @param corsOrigins the origins whose browsers may call the API (openapi.json is open to all)
   * @param tls HTTPS settings; without them plain HTTP, which must sit behind a TLS-terminating proxy
   * @param contact the operator's contact, shown in the OpenAPI document's {@code info.contact}
   */
  public record Settings(String host, int port, long maxRequestBytes, Set<String> corsOrigins, Optional<Tls> tls, Optional<Contact> contact) {
    /** Checks the ranges. */
    public Settings {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535");
      }
      if (maxRequestBytes < 1024 || maxRequestBytes > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("maxRequestBytes must be 1024 to " + Integer.MAX_VALUE);
      }
      corsOrigins = Set.copyOf(corsOrigins);
      Objects.requireNonNull(tls, "tls");
      Objects.requireNonNull(contact, "contact");
    }

    /** All interfaces, this port, 20 MB bodies, no CORS origins, plain HTTP, no contact. */
    public static Settings defaults(int port) {
      return new Settings("0.0.0.0", port, 20L * 1024 * 1024, Set.of(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * The operator's contact for the OpenAPI document.
   *
   * @param name the name shown
   * @param url a web page, or empty
   * @param email an e-mail address, or empty
   */
  public record Contact(String name, String url, String email) {}

  private final Javalin app;
  private final RequestLog requestLog;
  private final Routes routes;

  private WebServer(Javalin app, RequestLog requestLog, Routes routes) {
    this.app = app;
    this.requestLog = requestLog;
    this.routes = routes;
  }

  /**
   * Builds the server; {@link #start()} makes it listen.
   *
   * @param passend the use cases
   * @param tokens the accepted bearer tokens
   * @param settings how to listen
   */
  public static WebServer create(Passend passend, Tokens tokens, Settings settings) {
    if (tokens.size() == 0) {
      LOG.warn("no tokens configured (PASSEND_TOKENS_FILE): every request but health will be refused with 401");
    }
    if (settings.tls().isEmpty()) {
      LOG.warn("no TLS (PASSEND_TLS_KEYSTORE): serving plain HTTP, which must only be reached through a TLS-terminating proxy "
          + "(see README, 'HTTPS')");
    }
    Api api = new Api(passend, openApi(settings.contact()));
    RequestLog requestLog = new RequestLog(LOG);
    Set<String> corsOrigins = settings.corsOrigins();
    Routes[] registered = new Routes[1];
    Javalin app = Javalin.create(config -> {
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      settings.tls().ifPresent(t -> config.jetty.addConnector((server, http) -> t.connector(server, http, settings.host(), settings.port())));
      config.http.maxRequestSize = settings.maxRequestBytes();
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
        if (ctx.method() == HandlerType.OPTIONS) {
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
        if (path.equals(UNPROTECTED_HEALTH) || path.equals(UNPROTECTED_HEALTH + "/ready") || path.equals(UNPROTECTED_OPENAPI)
            || ConsoleRoutes.isConsole(path)) {
          return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
          throw WebProblem.unauthorized();
        }
        ctx.attribute(Http.ACTOR, tokens.actor(header.substring(7).strip()).orElseThrow(WebProblem::unauthorized));
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
      new ConsoleRoutes().register(config.routes);
    });
    return new WebServer(app, requestLog, registered[0]);
  }

  /** The OpenAPI document, with the operator's contact filled in when there is one. */
  private static String openApi(Optional<Contact> contact) {
    try (InputStream in = WebServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (contact.isEmpty()) {
        return document;
      }
      var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(document);
      var node = ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("info")).putObject("contact");
      node.put("name", contact.get().name());
      if (!contact.get().url().isEmpty()) {
        node.put("url", contact.get().url());
      }
      if (!contact.get().email().isEmpty()) {
        node.put("email", contact.get().email());
      }
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new IllegalStateException("openapi.json cannot be read", e);
    }
  }

  /** The registered routes: path templates (relative to the server root) with their methods. */
  public Map<String, Set<String>> routeTable() {
    return routes.table();
  }

  /** Starts listening. */
  public WebServer start() {
    app.start();
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops listening, letting running requests finish. */
  @Override
  public void close() {
    app.stop();
    requestLog.close();
  }
}
