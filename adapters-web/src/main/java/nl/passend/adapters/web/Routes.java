package nl.passend.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The route table: registers each route with Javalin and remembers its path and method, so that a
 * known path asked with another method is answered 405 with {@code Allow} (NL API Design Rules), a
 * CORS preflight finds every path, and a test can compare the routes with the OpenAPI document.
 */
final class Routes {
  private final RoutesConfig routes;
  private final Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
  private final Map<String, Pattern> patterns = new LinkedHashMap<>();

  Routes(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler) {
    record("GET", path);
    routes.get(path, handler);
  }

  void post(String path, Handler handler) {
    record("POST", path);
    routes.post(path, handler);
  }

  void put(String path, Handler handler) {
    record("PUT", path);
    routes.put(path, handler);
  }

  /** The registered paths (templates such as {@code /api/v1/applications/{id}}) with their methods. */
  Map<String, Set<String>> table() {
    return Map.copyOf(methodsByPath);
  }

  /** The methods a concrete path answers; empty for an unknown path. */
  Set<String> allowed(String path) {
    Set<String> out = new TreeSet<>();
    patterns.forEach((template, pattern) -> {
      if (pattern.matcher(path).matches()) {
        out.addAll(methodsByPath.get(template));
      }
    });
    if (!out.isEmpty()) {
      out.add("OPTIONS");
    }
    return out;
  }

  private void record(String method, String path) {
    if (!methodsByPath.containsKey(path)) {
      patterns.put(path, Pattern.compile(path.replaceAll("\\{[^/}]+}", "[^/]+")));
      // A CORS preflight carries no token and gets an empty answer; WebServer adds the CORS headers.
      routes.options(path, ctx -> ctx.status(204));
    }
    methodsByPath.computeIfAbsent(path, k -> new TreeSet<>()).add(method);
  }
}
