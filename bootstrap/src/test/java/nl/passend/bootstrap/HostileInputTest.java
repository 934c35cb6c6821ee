package nl.passend.bootstrap;

import nl.passend.formats.PolicyCodec;
import nl.passend.formats.StrictJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input that is well-formed: SQL metacharacters in every free-text field are stored as text
 * on the real database and read back unchanged; path traversal and injection in ids are refused.
 * (Malformed bodies are {@link HostileBodiesTest}; too large bodies are in {@link ServerEndToEndTest}.)
 */
class HostileInputTest {
  private static final List<String> NASTY = List.of("'; DROP TABLE students;--", "\" OR \"1\"=\"1", "Robert'); DELETE FROM applications;--",
      "%_\\\\", "$1 ${jndi:ldap://x/a} {{7*7}}", "<script>alert(1)</script>", "line\nbreak\ttab");
  @TempDir Path dir;

  @Test
  void sqlMetacharactersAreStoredAsTextAndIdsWithTraversalAreRefused() {
    try (PassendServer server = PassendServer.create(TestDatabases.h2(dir)).start()) {
      Client client = new Client(server.port());
      int n = 0;
      for (String text : NASTY) {
        n++;
        String json = StrictJson.mapper().valueToTree(text).toString();
        Client.Reply partnership = client.post("demo-admin", "/api/v1/partnerships",
            "{\"id\": \"evil-" + n + "\", \"name\": " + json + ", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}");
        assertThat(partnership.status()).as(partnership.body()).isEqualTo(201);
        assertThat(client.get("demo-admin", "/api/v1/partnerships/evil-" + n).json().get("name").asText()).isEqualTo(text);

        Client.Reply app = client.post("demo-school", "/api/v1/applications", """
            {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-00%02d", "applyingSchoolBrin": "99PE00",
             "schoolType": "SBO", "receivedOn": "2025-09-15"}""".formatted(n));
        assertThat(app.status()).as(app.body()).isEqualTo(201);
        Client.Reply ack = client.post("demo-partnership", app.header("Location") + "/acknowledge",
            "{\"on\": \"2025-09-16\", \"reason\": " + json + "}", app.etag());
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        JsonNode trail = client.get("demo-partnership", app.header("Location")).json().get("trail");
        assertThat(trail.get(1).get("reason").asText()).isEqualTo(text);
      }
      // The tables are all still there and whole.
      assertThat(client.get("demo-school", "/api/v1/students/demo-0001").status()).isEqualTo(200);
      assertThat(client.get("demo-admin", "/api/v1/partnerships").json().size()).isGreaterThanOrEqualTo(NASTY.size());

      for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "demo-0001'--", "demo-0001%00", "a%20OR%201=1", "%3Cscript%3E")) {
        Client.Reply r = client.get("demo-partnership", "/api/v1/students/" + id);
        assertThat(r.status()).as(id + " -> " + r.body()).isIn(400, 404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("root:").doesNotContain("Exception");
      }
      Client.Reply traversal = client.get("demo-partnership", "/api/v1/students/../../../etc/passwd");
      assertThat(traversal.status()).isIn(400, 404);
      assertThat(traversal.body()).doesNotContain("root:");
    }
  }
}
