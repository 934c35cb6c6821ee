package nl.passend.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The console's files: the page at {@code /} and its scripts and styles under {@code /console/},
 * from the jar, with a strict Content-Security-Policy (no inline script or style, nothing from another
 * origin). The console is a client of the JSON API: it holds no data and decides nothing itself.
 */
final class ConsoleRoutes {
  /** The console's policy: only its own files, only its own API; no inline script or style. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
  private static final Pattern FILE = Pattern.compile("(?:[a-z0-9-]+/)?[a-z0-9.-]+\\.(?:js|css|svg|html|png)");
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml", "html", "text/html; charset=utf-8", "png", "image/png");
  /** Libraries served from their WebJars (Maven Central), never from a CDN. */
  private static final Map<String, String> VENDOR = Map.of("vendor/echarts.min.js", "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js");
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** Whether a path is one of the console's (no token needed: the files hold no data). */
  static boolean isConsole(String path) {
    return path.equals("/") || path.startsWith("/console/");
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> serve(ctx, "index.html"));
    routes.get("/console/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    routes.get("/console/{folder}/{file}", ctx -> serve(ctx, ctx.pathParam("folder") + "/" + ctx.pathParam("file")));
  }

  private void serve(Context ctx, String file) {
    if (!FILE.matcher(file).matches()) {
      throw WebProblem.notFound("console file " + file);
    }
    String resource = VENDOR.getOrDefault(file, "/console/" + file);
    byte[] content = cache.computeIfAbsent(resource, ConsoleRoutes::read);
    if (content.length == 0) {
      throw WebProblem.notFound("console file " + file);
    }
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("Cache-Control", file.startsWith("vendor/") ? "public, max-age=86400" : "no-cache");
    ctx.status(200).contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1))).result(content);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ConsoleRoutes.class.getResourceAsStream(resource)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
