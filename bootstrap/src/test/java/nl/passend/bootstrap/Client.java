package nl.passend.bootstrap;

import nl.passend.formats.PolicyCodec;
import nl.passend.formats.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client over the JDK's HttpClient for the end-to-end tests. */
final class Client {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Client(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A response with its body parsed when it is JSON. */
  record Reply(int status, String body, Map<String, java.util.List<String>> headers) {
    JsonNode json() {
      return parse(body);
    }

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    String etag() {
      return header("ETag");
    }
  }

  Reply get(String token, String path) {
    return send(request(token, path).GET().build());
  }

  Reply post(String token, String path, String json) {
    return send(request(token, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Reply post(String token, String path, String json, String ifMatch) {
    HttpRequest.Builder b = request(token, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  /**
   * A VO board and VMBO school of vo-22-01 registered by the demo administrator, a student enrolled
   * there, and an LWOO request for that student, submitted by {@code staff} with facts that meet the
   * LWOO criteria (IQ 85, delays on arithmetic and spelling). Returns the answer to the submission.
   */
  Reply lwooRequest(String staff, String boardId, String brin, String studentId) {
    org.assertj.core.api.Assertions.assertThat(post("demo-admin", "/api/v1/boards", "{\"id\": \"" + boardId + "\", \"name\": \"VO board\","
        + " \"partnershipIds\": [\"vo-22-01\"]}").status()).isEqualTo(201);
    org.assertj.core.api.Assertions.assertThat(post("demo-admin", "/api/v1/schools", "{\"brin\": \"" + brin + "\", \"name\": \"VMBO\","
        + " \"boardId\": \"" + boardId + "\", \"schoolType\": \"VO\"}").status()).isEqualTo(201);
    org.assertj.core.api.Assertions.assertThat(csv(staff, "/api/v1/students/import?partnershipId=vo-22-01",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n" + studentId + ",2012-03-01," + brin + ",VO,2024-08-01,\n")
        .status()).isEqualTo(200);
    Reply submitted = post(staff, "/api/v1/lwoo-designations", "{\"partnershipId\": \"vo-22-01\", \"studentId\": \"" + studentId + "\","
        + " \"schoolBrin\": \"" + brin + "\", \"receivedOn\": \"2024-04-02\", \"assessment\": {\"assessmentDate\": \"2024-03-01\","
        + " \"iq\": 85, \"domains\": {\"ARITHMETIC\": {\"dl\": 60, \"dle\": 35}, \"SPELLING\": {\"dl\": 60, \"dle\": 35},"
        + " \"READING_COMPREHENSION\": {\"dl\": 60, \"dle\": 60}, \"TECHNICAL_READING\": {\"dl\": 60, \"dle\": 60}}}}");
    org.assertj.core.api.Assertions.assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    return submitted;
  }

  /**
   * Takes a submitted application to an assessment with a complete dossier (R-TLV-2/3): acknowledged
   * on {@code acknowledgedOn}, assessed the day after, then every missing item filed with the advice
   * of two experts, the first employed by {@code school} and given on {@code adviceOn}, the second of
   * {@code secondProfession} a day later. Returns the answer to the filing.
   */
  Reply completeDossier(String token, String path, String etag, java.time.LocalDate acknowledgedOn, String school, java.time.LocalDate adviceOn,
      String secondProfession) {
    Reply ack = post(token, path + "/acknowledge", "{\"on\": \"" + acknowledgedOn + "\"}", etag);
    Reply assess = post(token, path + "/start-assessment", "{\"on\": \"" + acknowledgedOn.plusDays(1) + "\"}", ack.etag());
    java.util.List<String> items = new java.util.ArrayList<>();
    assess.json().get("dossier").get("missingItems").forEach(n -> items.add("\"" + n.asText() + "\""));
    return put(token, path + "/dossier", "{\"items\": " + items + ", \"expertAdvices\": ["
        + "{\"expertReference\": \"expert-1\", \"profession\": \"ORTHOPEDAGOGUE\", \"employerBrin\": \"" + school + "\", \"givenOn\": \""
        + adviceOn + "\"},"
        + "{\"expertReference\": \"expert-2\", \"profession\": \"" + secondProfession + "\", \"givenOn\": \"" + adviceOn.plusDays(1) + "\"}]}",
        assess.etag());
  }

  Reply put(String token, String path, String json, String ifMatch) {
    HttpRequest.Builder b = request(token, path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  Reply postBytes(String token, String path, String contentType, byte[] body) {
    return send(request(token, path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /**
   * Sends a body with {@code Expect: 100-continue}, as curl does for large uploads: a server that
   * refuses the body (413) answers before it is sent, instead of closing the connection under an
   * upload in progress. It goes on a connection of its own: a pooled one that the server closed
   * after an earlier answer fails with "received no bytes" (seen once in a full run).
   */
  Reply postExpectingContinue(String token, String path, String contentType, byte[] body) {
    return send(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), request(token, path).expectContinue(true)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  Reply csv(String token, String path, String csv) {
    return postBytes(token, path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends any body with any method, content type and optional If-Match header. */
  Reply send(String token, String method, String path, String contentType, byte[] body, String ifMatch) {
    HttpRequest.Builder b = request(token, path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  /** Sends a request without a body, with any method and headers (CORS preflights, wrong methods). */
  Reply raw(String method, String path, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(b::header);
    return send(b.build());
  }

  static JsonNode parse(String json) {
    try {
      return StrictJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private HttpRequest.Builder request(String token, String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Reply send(HttpRequest request) {
    return send(http, request);
  }

  private static Reply send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(r.statusCode(), r.body(), r.headers().map());
      // Every answer is checked against the OpenAPI document (status, declared headers, body schema).
      String target = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
      OpenApiContract.get().check(request.method(), target, reply);
      return reply;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
