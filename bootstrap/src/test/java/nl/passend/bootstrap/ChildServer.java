package nl.passend.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server in its own JVM, started from this test's class path. */
final class ChildServer {
  private static final Pattern LISTENING = Pattern.compile("Passend listens on port (\\d+)");
  private final Process process;
  final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private ChildServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ChildServer start(Map<String, String> env, Path log) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), PassendServer.class.getName());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = pb.start();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log)) {
        Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find()) {
          return new ChildServer(process, Integer.parseInt(m.group(1)));
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("the server stopped: " + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not start in time");
  }

  CompletableFuture<HttpResponse<String>> postAsync(String path, String type, String body, String ifMatch) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer demo-partnership").header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }
}
