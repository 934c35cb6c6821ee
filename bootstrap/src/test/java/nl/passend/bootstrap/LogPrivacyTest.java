package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures every log line of an end-to-end run (start-up, import, a lifecycle, refused requests with
 * personal data in them) and finds no citizen number, date of birth or name in it; checks the
 * security headers on personal data.
 */
class LogPrivacyTest {
  // Invented: a number that passes the eleven-test, a birth date and a name.
  private static final String BSN = "111222333";
  private static final String BIRTH_DATE = "2014-07-19";
  private static final String NAME = "Fenna Verzonnen";
  @TempDir Path dir;

  @Test
  void noPersonalDataReachesTheLog() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Map<String, String> env = TestDatabases.h2(dir);
      try (PassendServer server = PassendServer.create(env).start()) {
        Client client = new Client(server.port());
        String header = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n";
        assertThat(client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01",
            header + "priv-1," + BIRTH_DATE + ",99PE00,BO,2020-08-01,\n").status()).isEqualTo(200);
        // refused: a citizen number as student id, a name where a date belongs
        assertThat(client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01",
            header + BSN + "," + BIRTH_DATE + ",99PE00,BO,2020-08-01,\npriv-2," + NAME + ",99PE00,BO,2020-08-01,\n").status()).isEqualTo(400);
        Client.Reply student = client.get("demo-school", "/api/v1/students/priv-1?name=" + NAME.replace(' ', '+') + "&bsn=" + BSN);
        assertThat(student.status()).isEqualTo(200);
        assertThat(student.header("Cache-Control")).isEqualTo("no-store");
        assertThat(student.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(student.header("Server")).isNull();
        assertThat(client.get("demo-school", "/api/v1/students/" + BSN).status()).isIn(400, 404);
        Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
            {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "priv-1", "applyingSchoolBrin": "99PE00",
             "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(client.post("demo-partnership", submitted.header("Location") + "/acknowledge",
            "{\"on\": \"2025-09-16\", \"reason\": \"letter of " + NAME + ", born " + BIRTH_DATE + "\"}", submitted.etag()).status()).isEqualTo(200);
        assertThat(client.post("demo-partnership", "/api/v1/applications", """
            {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "%s", "applyingSchoolBrin": "99PE00",
             "schoolType": "SBO", "receivedOn": "%s", "note": "%s"}""".formatted(BSN, BIRTH_DATE, NAME)).status()).isEqualTo(400);
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("POST /api/v1/students/import -> 200").contains("GET /api/v1/students/{id} -> 200");
    assertThat(log).doesNotContain(BSN).doesNotContain(BIRTH_DATE).doesNotContain(NAME).doesNotContain("Fenna").doesNotContain("priv-1");
  }
}
