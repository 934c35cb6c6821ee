package nl.passend.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.passend.formats.StrictJson;

/**
 * The OpenAPI document as a test oracle: every response an end-to-end test receives is checked
 * against it (API 1.1, issue 17): the operation exists, the status is one it declares, the headers it
 * declares are present, and a JSON body is valid against the declared schema (JSON Schema 2020-12,
 * networknt). A mismatch fails the test that made the request, naming the operation and the first
 * errors.
 */
final class OpenApiContract {
  private static final String BASE = "https://passend.test/openapi.json";
  private static final String PREFIX = "/api/v1";
  private static final OpenApiContract INSTANCE = new OpenApiContract();
  /** With {@code -Dopenapi.collect=<file>}, mismatches are written there instead of failing (to update the document in one go). */
  private static final String COLLECT = System.getProperty("openapi.collect");

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final List<Operation> operations = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private record Operation(String method, String template, Pattern pattern, JsonNode node) {}

  private OpenApiContract() {
    String text;
    try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      document = StrictJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE, text)));
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Pattern pattern = Pattern.compile("^" + PREFIX + path.getKey().replaceAll("\\{[^/}]+}", "[^/]+") + "$");
      path.getValue().fields().forEachRemaining(m -> operations.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern,
          m.getValue())));
    }
    // A literal path wins over a template that also matches it (/applications/{id}/dossier before /{action}).
    operations.sort((a, b) -> Long.compare(b.template().chars().filter(c -> c != '{').count() - 10L * braces(b.template()),
        a.template().chars().filter(c -> c != '{').count() - 10L * braces(a.template())));
  }

  private static long braces(String template) {
    return template.chars().filter(c -> c == '{').count();
  }

  /** The contract of the document the server serves. */
  static OpenApiContract get() {
    return INSTANCE;
  }

  /**
   * Checks one exchange.
   *
   * @throws AssertionError naming the operation and what does not match
   */
  void check(String method, String pathAndQuery, Client.Reply reply) {
    String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    if (!path.startsWith(PREFIX) || method.equals("OPTIONS") || method.equals("HEAD")) {
      return;
    }
    Operation op = operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches()).findFirst().orElse(null);
    if (op == null) {
      // Unknown paths and methods are answered 404/405 by the server itself (ApiConformanceTest).
      if (reply.status() == 404 || reply.status() == 405) {
        return;
      }
      throw new AssertionError(method + " " + path + " answered " + reply.status() + " but the OpenAPI document has no such operation");
    }
    String name = method + " " + op.template();
    JsonNode response = op.node().path("responses").get(String.valueOf(reply.status()));
    String pointer = "/paths/" + escape(op.template()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + reply.status();
    if (response == null) {
      response = op.node().path("responses").get("default");
      pointer = pointer.substring(0, pointer.lastIndexOf('/')) + "/default";
    }
    if (response == null) {
      throw new AssertionError(name + " answered " + reply.status() + ", a status the OpenAPI document does not declare for it: " + reply.body());
    }
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = at(pointer);
    }
    response.path("headers").fields().forEachRemaining(entry -> {
      String header = entry.getKey();
      if (entry.getValue().path("required").asBoolean(false) && reply.header(header) == null) {
        throw new AssertionError(name + " " + reply.status() + " lacks the header " + header + " that the OpenAPI document declares");
      }
    });
    JsonNode content = response.path("content");
    String type = reply.header("Content-Type") == null ? "" : reply.header("Content-Type").split(";")[0].strip();
    if (content.isMissingNode() || content.isEmpty()) {
      return;
    }
    if (!content.has(type)) {
      throw new AssertionError(name + " " + reply.status() + " answered " + type + "; the OpenAPI document declares " + content.fieldNames().next());
    }
    if (!type.endsWith("json") || reply.body().isEmpty()) {
      return;
    }
    String schemaPointer = pointer + "/content/" + escape(type) + "/schema";
    Schema schema = schemas.computeIfAbsent(schemaPointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
    List<Error> errors = schema.validate(Client.parse(reply.body()));
    if (!errors.isEmpty() && COLLECT != null) {
      synchronized (OpenApiContract.class) {
        try {
          StringBuilder lines = new StringBuilder();
          for (Error e : errors) {
            var line = StrictJson.mapper().createObjectNode();
            line.put("operation", name + " " + reply.status());
            line.put("schema", String.valueOf(e.getSchemaLocation()));
            line.put("instance", String.valueOf(e.getInstanceLocation()));
            line.put("keyword", e.getKeyword());
            line.put("property", e.getProperty());
            line.put("message", e.toString());
            JsonNode at = e.getInstanceNode();
            line.set("value", e.getProperty() != null && at != null && at.has(e.getProperty()) ? at.get(e.getProperty()) : at);
            lines.append(line).append('\n');
          }
          java.nio.file.Files.writeString(java.nio.file.Path.of(COLLECT), lines, java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return;
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(name + " " + reply.status() + " does not match the OpenAPI document: "
          + errors.stream().limit(5).map(Error::toString).toList() + " in " + abbreviate(reply.body()));
    }
  }

  private JsonNode at(String pointer) {
    return document.at(pointer);
  }

  /** A JSON pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}; braces percent-encoded for the IRI fragment. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
