package nl.passend.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peer of the server load test: a bare Javalin route on the same machine that parses the same
 * JSON and echoes it, and serves a stored copy of Passend's own answer for {@code GET} of a student.
 * It has no authentication, no storage, no validation and no logging: what is left is the cost of
 * HTTP and JSON alone.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.EchoServer <port> <student.json>}
 */
public final class EchoServer {
  private EchoServer() {}

  /** Starts the peer. */
  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode student = mapper.readTree(Files.readString(Path.of(args[1])));
    Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.post("/api/v1/policies/{policyId}/eligibility/{scheme}", ctx -> {
        JsonNode body = mapper.readTree(ctx.bodyAsBytes());
        ctx.contentType("application/json").result(mapper.writeValueAsString(body));
      });
      config.routes.get("/api/v1/students/{id}", ctx -> ctx.contentType("application/json").result(mapper.writeValueAsString(student)));
    }).start(port);
  }
}
