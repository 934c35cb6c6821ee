package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API 1.1 "Conformance with the NL API Design Rules" over real HTTP: the API-Version header on every
 * answer, 404 on a trailing slash, 405 with Allow, CORS (open for the OpenAPI document, an allow-list
 * for the rest, preflights without a token), the security headers, and a route table that is the
 * OpenAPI document's, both ways.
 */
class ApiConformanceTest {
  static PassendServer server;
  static Client client;

  @BeforeAll
  static void start() {
    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_CORS_ORIGINS", "https://console.partnership.test, https://other.test");
    env.put("PASSEND_API_CONTACT_EMAIL", "servicedesk@partnership.test");
    server = PassendServer.create(env).start();
    client = new Client(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyAnswerCarriesTheContractVersion() {
    String version = client.get(null, "/api/v1/openapi.json").json().get("info").get("version").asText();
    assertThat(version).isEqualTo("1.1.0");
    for (Client.Reply r : new Client.Reply[] {client.get(null, "/api/v1/health"), client.get(null, "/api/v1/policies"),
        client.get("demo-school", "/api/v1/nothing"), client.get("demo-school", "/api/v1/policies/nope"),
        client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"iq\": 1}"),
        client.raw("PATCH", "/api/v1/policies", Map.of("Authorization", "Bearer demo-school"))}) {
      assertThat(r.header("API-Version")).as("%d %s", r.status(), r.body()).isEqualTo(version);
    }
  }

  @Test
  void securityHeadersOnEveryAnswer() {
    Client.Reply r = client.get("demo-school", "/api/v1/students/demo-0001");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(client.get(null, "/api/v1/policies").header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
  }

  @Test
  void aTrailingSlashIsAnotherPath() {
    problem(client.get("demo-school", "/api/v1/policies/"), 404);
    problem(client.get("demo-school", "/api/v1/policies/po-22-01/"), 404);
    assertThat(client.get("demo-school", "/api/v1/policies").status()).isEqualTo(200);
  }

  @Test
  void aKnownPathWithAnotherMethodIs405WithAllow() {
    Client.Reply r = client.raw("DELETE", "/api/v1/policies", Map.of("Authorization", "Bearer demo-school"));
    problem(r, 405);
    assertThat(r.header("Allow")).isEqualTo("GET, OPTIONS");
    Client.Reply app = client.raw("PATCH", "/api/v1/applications/app-x", Map.of("Authorization", "Bearer demo-school"));
    problem(app, 405);
    assertThat(app.header("Allow")).isEqualTo("GET, OPTIONS");
    Client.Reply health = client.raw("POST", "/api/v1/health", Map.of());
    assertThat(health.status()).isEqualTo(405);
    assertThat(health.header("Allow")).contains("GET");
  }

  @Test
  void theOpenApiDocumentAnswersAnyOrigin() {
    Client.Reply r = client.raw("GET", "/api/v1/openapi.json", Map.of("Origin", "https://tools.elsewhere.test"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(r.json().get("info").get("contact").get("email").asText()).isEqualTo("servicedesk@partnership.test");
  }

  @Test
  void otherRoutesAnswerCorsOnlyForListedOriginsAndPreflightsNeedNoToken() {
    Client.Reply preflight = client.raw("OPTIONS", "/api/v1/applications", Map.of("Origin", "https://console.partnership.test",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type"));
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://console.partnership.test");
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization").contains("If-Match");
    Client.Reply stranger = client.raw("OPTIONS", "/api/v1/applications", Map.of("Origin", "https://evil.test",
        "Access-Control-Request-Method", "POST"));
    assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();
    Client.Reply get = client.raw("GET", "/api/v1/policies", Map.of("Origin", "https://other.test", "Authorization", "Bearer demo-school"));
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("https://other.test");
    assertThat(client.raw("GET", "/api/v1/policies", Map.of("Origin", "https://evil.test", "Authorization", "Bearer demo-school"))
        .header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void theRoutesAreTheDocumentsPathsBothWays() {
    JsonNode doc = client.get(null, "/api/v1/openapi.json").json();
    assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo("/api/v1");
    Map<String, Set<String>> documented = new TreeMap<>();
    for (Map.Entry<String, JsonNode> p : doc.get("paths").properties()) {
      Set<String> methods = new TreeSet<>();
      p.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
      methods.remove("PARAMETERS");
      documented.put("/api/v1" + p.getKey(), methods);
    }
    Map<String, Set<String>> served = new TreeMap<>();
    server.routeTable().forEach((path, methods) -> served.put(path, new TreeSet<>(methods)));
    assertThat(served).isEqualTo(documented);
  }

  @Test
  void everyCreatedAnswerCarriesALocation() {
    Client.Reply exemption = client.post("demo-partnership", "/api/v1/registrations",
        "{\"studentId\": \"demo-0003\", \"schoolBrin\": \"99PE00\", \"registeredOn\": \"2025-01-06\"}");
    assertThat(exemption.status()).as(exemption.body()).isEqualTo(201);
    assertThat(exemption.header("Location")).startsWith("/api/v1/registrations/");
    Client.Reply recorded = client.post("demo-partnership", "/api/v1/exemptions",
        "{\"partnershipId\": \"po-22-01\", \"studentId\": \"demo-0003\", \"ground\": \"OTHER\", \"from\": \"2025-09-01\"}");
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.header("Location")).startsWith("/api/v1/exemptions/");
    assertThat(client.get("demo-partnership", recorded.header("Location")).json().get("ground").asText()).isEqualTo("OTHER");
    problem(client.get("demo-school", recorded.header("Location")), 403);
    problem(client.get("demo-partnership", "/api/v1/exemptions/999999"), 404);
  }

  @Test
  void everyBadFieldIsNamedNotTheFirstOnly() {
    Client.Reply types = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0002", "applyingSchoolBrin": "99PE00",
         "schoolType": "XO", "receivedOn": "15-09-2025", "proSpecialRoute": "yes", "shoeSize": 40}""");
    problem(types, 400);
    assertThat(types.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("schoolType", "receivedOn", "proSpecialRoute", "shoeSize");
    Client.Reply values = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "applyingSchoolBrin": "9", "schoolType": "SO", "renews": "x"}""");
    problem(values, 400);
    assertThat(values.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("studentId", "applyingSchoolBrin", "receivedOn",
        "renews");
    Client.Reply assessment = client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", """
        {"assessmentDate": "2025-03-01", "iq": 500, "domains": {"ARITHMETIC": {"dl": 60, "dle": 90}, "HISTORY": {"dl": 1, "dle": 1}},
         "findings": {"shoeSize": true}}""");
    problem(assessment, 400);
    assertThat(assessment.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("iq", "domains.ARITHMETIC", "domains.HISTORY",
        "findings.shoeSize");
    // The organisation and the exemption routes collect every bad field too.
    Client.Reply school = client.post("demo-admin", "/api/v1/schools", "{\"brin\": \"9\", \"boardId\": \"\", \"cluster\": 7}");
    problem(school, 400);
    assertThat(school.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("brin", "boardId", "cluster", "name", "schoolType");
    Client.Reply board = client.post("demo-admin", "/api/v1/boards", "{\"partnershipIds\": [\"\"]}");
    problem(board, 400);
    assertThat(board.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("id", "partnershipIds", "name");
    Client.Reply partnership = client.post("demo-admin", "/api/v1/partnerships", "{\"id\": \"\"}");
    problem(partnership, 400);
    assertThat(partnership.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("id", "policyId", "name");
    Client.Reply exemption = client.post("demo-partnership", "/api/v1/exemptions", "{\"studentId\": \"\"}");
    problem(exemption, 400);
    assertThat(exemption.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("partnershipId", "studentId", "ground", "from");
  }

  @Test
  void ifMatchUsesTheStrongComparison() {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0007", "applyingSchoolBrin": "99PE00",
         "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String path = submitted.header("Location");
    problem(client.post("demo-partnership", path + "/acknowledge", "{\"on\": \"2025-09-16\"}", "W/" + submitted.etag()), 412);
    problem(client.post("demo-partnership", path + "/acknowledge", "{\"on\": \"2025-09-16\"}", "1"), 412);
    assertThat(client.post("demo-partnership", path + "/acknowledge", "{\"on\": \"2025-09-16\"}", submitted.etag()).status()).isEqualTo(200);
  }
}
