package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the server as a separate JVM, kills it with SIGKILL in the middle of a large CSV import and
 * an application transition, starts it again on the same database, and checks that every committed
 * change is there and nothing half-done is visible: an import is there whole or not at all.
 */
class CrashSafetyTest {
  private static final int ROWS = 30_000;
  private static final long[] KILL_AFTER_MILLIS = {150, 600, 1_500};
  @TempDir Path dir;

  @Test
  void onTheEmbeddedH2File() throws Exception {
    crashRepeatedly(TestDatabases.h2(dir));
  }

  @Test
  @EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
  void onPostgres() throws Exception {
    TestDatabases.onFreshPostgres(this::crashRepeatedly);
  }

  private void crashRepeatedly(Map<String, String> env) throws Exception {
    List<String> committed = new ArrayList<>();
    int killedMidImport = 0;
    for (int round = 0; round < KILL_AFTER_MILLIS.length; round++) {
      ChildServer server = ChildServer.start(env, dir.resolve("server-" + round + ".log"));
      Client client = new Client(server.port);
      // Everything committed before the earlier kills is still there, whole.
      for (String path : committed) {
        JsonNode a = client.get("demo-partnership", path).json();
        assertThat(a.get("state").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(a.get("version").asLong()).isEqualTo(2);
        assertThat(a.get("trail").size()).isEqualTo(2);
      }
      for (int earlier = 0; earlier < round; earlier++) {
        assertImportWholeOrAbsent(client, earlier);
      }
      // A committed lifecycle step.
      Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
          {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-001%d", "applyingSchoolBrin": "99PE00",
           "schoolType": "SBO", "receivedOn": "2025-09-15"}""".formatted(round));
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
      Client.Reply ack = client.post("demo-partnership", submitted.header("Location") + "/acknowledge", "{\"on\": \"2025-09-16\"}", submitted.etag());
      assertThat(ack.status()).isEqualTo(200);
      committed.add(submitted.header("Location"));
      // An import and a transition in flight when the JVM dies.
      CompletableFuture<HttpResponse<String>> importing = server.postAsync("/api/v1/students/import?partnershipId=po-22-01", "text/csv",
          csv(round), null);
      CompletableFuture<HttpResponse<String>> transition = server.postAsync(submitted.header("Location") + "/start-assessment", "application/json",
          "{\"on\": \"2025-09-17\"}", "\"1\"");
      Thread.sleep(KILL_AFTER_MILLIS[round]);
      killedMidImport += importing.isDone() ? 0 : 1;
      server.kill();
      transition.handle((r, e) -> null).get(10, TimeUnit.SECONDS);
      importing.handle((r, e) -> null).get(10, TimeUnit.SECONDS);
    }
    ChildServer last = ChildServer.start(env, dir.resolve("server-last.log"));
    try {
      Client client = new Client(last.port);
      for (int earlier = 0; earlier < KILL_AFTER_MILLIS.length; earlier++) {
        assertImportWholeOrAbsent(client, earlier);
      }
      assertThat(committed).hasSize(KILL_AFTER_MILLIS.length);
      for (String path : committed) {
        assertThat(client.get("demo-partnership", path).json().get("version").asLong()).isEqualTo(2);
      }
    } finally {
      last.kill();
    }
    System.out.printf("crash safety on %s: %d SIGKILLs, %d during a running import, %d committed lifecycles kept, 0 lost%n",
        env.get("PASSEND_DB_URL").startsWith("jdbc:h2") ? "H2" : "PostgreSQL", KILL_AFTER_MILLIS.length, killedMidImport, committed.size());
    // At least one kill must have hit a running import, or the test proved nothing about it.
    assertThat(killedMidImport).as("kills that hit a running import").isPositive();
  }

  private static void assertImportWholeOrAbsent(Client client, int round) {
    int first = client.get("demo-partnership", "/api/v1/students/" + id(round, 1)).status();
    int middle = client.get("demo-partnership", "/api/v1/students/" + id(round, ROWS / 2)).status();
    int last = client.get("demo-partnership", "/api/v1/students/" + id(round, ROWS)).status();
    assertThat(List.of(first, middle, last)).as("import " + round).isIn(List.of(200, 200, 200), List.of(404, 404, 404));
  }

  private static String id(int round, int row) {
    return "crash-" + round + "-" + row;
  }

  private static String csv(int round) {
    StringBuilder b = new StringBuilder("studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n");
    for (int i = 1; i <= ROWS; i++) {
      b.append(id(round, i)).append(",2015-0").append(1 + i % 9).append("-1").append(i % 9).append(",99PE00,BO,2019-08-01,\n");
    }
    return b.toString();
  }
}
