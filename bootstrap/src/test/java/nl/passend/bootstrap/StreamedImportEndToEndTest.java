package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student import over HTTP reads the file while it imports, in parts of 5,000 rows inside one
 * transaction (issue 22): a file of 12,000 lines whose two rows per student stand 6,000 lines apart
 * (so in different parts) imports each student once with both enrolments; a bad line in the last part
 * and a line with a wrong number of cells in the first are named in one answer and nothing is stored;
 * the answer carries the totals and the log says how far the import got. On the embedded H2 database
 * and on PostgreSQL.
 */
class StreamedImportEndToEndTest {
  private static final String HEADER = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n";
  private static final int STUDENTS = 6_000;
  private static final String IMPORT = "/api/v1/students/import?partnershipId=po-22-01";

  @TempDir
  Path dir;

  @Test
  void aFileLargerThanOnePartIsImportedAllOrNothing_onH2() throws Exception {
    run(TestDatabases.h2(dir));
  }

  @Test
  void aFileLargerThanOnePartIsImportedAllOrNothing_onPostgres() throws Exception {
    Assumptions.assumeTrue(TestDatabases.postgresEnabled(), "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does)");
    TestDatabases.onFreshPostgres(this::run);
  }

  /** Each invented student at the first demo school until 31 July 2023 and at the second from 1 August 2023, 6,000 lines apart. */
  private static String file(String lastLineBirthDate, String secondLine) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 1; i <= STUDENTS; i++) {
      b.append(i == 2 && secondLine != null ? secondLine : "str-" + i + ",2016-02-03,99PE00,BO,2020-08-01,2023-07-31").append('\n');
    }
    for (int i = 1; i <= STUDENTS; i++) {
      b.append("str-").append(i).append(',').append(i == STUDENTS ? lastLineBirthDate : "2016-02-03").append(",99PF00,BO,2023-08-01,\n");
    }
    return b.toString();
  }

  private void run(Map<String, String> env) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());

      // Line 3 has too few cells (first part); line 12,001 (last part) has a date that is no date: both named, nothing stored.
      Client.Reply refused = client.csv("demo-partnership", IMPORT, file("2016-02-30", "str-2,2016-02-03,99PE00"));
      ServerEndToEndTest.problem(refused, 400);
      assertThat(refused.json().get("errors").toString()).contains("{\"line\":3,\"field\":\"line\",\"message\":\"has 3 cells, but the header has 6\"}")
          .contains("{\"line\":12001,\"field\":\"dateOfBirth\",\"message\":\"must be an ISO date (YYYY-MM-DD)\"}");
      assertThat(refused.json().get("errors")).hasSize(2);
      assertThat(client.get("demo-partnership", "/api/v1/students/str-1").status()).isEqualTo(404);

      // A different date of birth 6,000 lines on is named with the line it differs from.
      Client.Reply differs = client.csv("demo-partnership", IMPORT, file("2016-02-04", null));
      ServerEndToEndTest.problem(differs, 400);
      assertThat(differs.json().get("errors").toString())
          .isEqualTo("[{\"line\":12001,\"field\":\"dateOfBirth\",\"message\":\"differs from line 6001 for the same student\"}]");
      assertThat(client.get("demo-partnership", "/api/v1/students/str-1").status()).isEqualTo(404);

      Client.Reply stored = client.csv("demo-partnership", IMPORT, file("2016-02-03", null));
      assertThat(stored.status()).as(stored.body()).isEqualTo(200);
      assertThat(stored.json().toString()).isEqualTo("{\"imported\":6000,\"created\":6000,\"updated\":0,\"lines\":12000}");
      JsonNode student = client.get("demo-partnership", "/api/v1/students/str-" + STUDENTS).json();
      assertThat(student.get("enrolments")).hasSize(2);

      // The same file again: every student was stored, its two enrolments are replaced by the same two.
      Client.Reply again = client.csv("demo-partnership", IMPORT, file("2016-02-03", null));
      assertThat(again.json().toString()).isEqualTo("{\"imported\":6000,\"created\":0,\"updated\":6000,\"lines\":12000}");
      assertThat(client.get("demo-partnership", "/api/v1/students/str-1").json().get("enrolments")).hasSize(2);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("student import into po-22-01 stored nothing after").contains(": 2 bad lines")
        .containsPattern("student import into po-22-01 stored: 12,000 lines, 6,000 students \\(6,000 new, 0 updated\\) in [0-9.]+ s, [0-9,]+ lines/s")
        .contains("6,000 students (0 new, 6,000 updated)")
        .doesNotContain("str-1").doesNotContain("2016-02-03");
  }
}
