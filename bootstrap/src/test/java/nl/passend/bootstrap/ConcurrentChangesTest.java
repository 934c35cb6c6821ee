package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty clients change the same application at once over HTTP with {@code If-Match}: exactly one
 * change per version wins, every other gets 412, and the audit trail has one entry per change won.
 */
class ConcurrentChangesTest {
  private static final int CLIENTS = 50;
  @TempDir Path dir;

  @Test
  void onEmbeddedH2() throws Exception {
    race(TestDatabases.h2(dir));
  }

  @Test
  @EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
  void onPostgres() throws Exception {
    TestDatabases.onFreshPostgres(this::race);
  }

  @Test
  void twoGrantsForOneStudentAtOnce_onEmbeddedH2() throws Exception {
    grantsAtOnce(TestDatabases.h2(dir));
  }

  @Test
  @EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
  void twoGrantsForOneStudentAtOnce_onPostgres() throws Exception {
    TestDatabases.onFreshPostgres(this::grantsAtOnce);
  }

  /**
   * R-INT-4 under concurrency: two applications of one student, granted at the same moment with
   * overlapping terms. Each grant checks the statements in force and then writes its own; were the
   * two not serialised between the check and the write, both would pass (a write skew, not a version
   * conflict: they change different rows). The grant holds the student first (the lock on the
   * partnership's statement-number row serialises them too, but only because it is taken before the
   * check). Exactly one is granted, the other is 409 R-INT-4.
   */
  private void grantsAtOnce(Map<String, String> env) throws Exception {
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      List<String[]> ready = new ArrayList<>();
      for (String type : new String[] {"\"schoolType\": \"SBO\"", "\"schoolType\": \"SO\", \"specialNeedsType\": \"LG\""}) {
        Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
            + " \"studentId\": \"demo-0012\", \"applyingSchoolBrin\": \"99PE00\", " + type + ", \"receivedOn\": \"2025-09-15\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String path = submitted.header("Location");
        Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
            java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        ready.add(new String[] {path, filed.etag()});
      }
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Client.Reply>> answers = new ArrayList<>();
        for (String[] app : ready) {
          answers.add(pool.submit(() -> {
            go.await();
            return client.post("demo-partnership", app[0] + "/grant",
                "{\"on\": \"2025-10-01\", \"startDate\": \"2025-11-01\", \"endDate\": \"2026-07-31\"}", app[1]);
          }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Client.Reply> f : answers) {
          Client.Reply r = f.get();
          statuses.add(r.status());
          if (r.status() == 409) {
            assertThat(r.json().get("ruleId").asText()).isEqualTo("R-INT-4");
          }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private void race(Map<String, String> env) throws Exception {
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
          {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0011", "applyingSchoolBrin": "99PE00",
           "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
      String path = submitted.header("Location");
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        // Round one: all fifty acknowledge the same version at the same moment.
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          answers.add(pool.submit(() -> {
            go.await();
            return client.post("demo-partnership", path + "/acknowledge", "{\"on\": \"2025-09-16\"}", "\"1\"").status();
          }));
        }
        go.countDown();
        int won = 0;
        int stale = 0;
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
          int status = f.get();
          statuses.add(status);
          won += status == 200 ? 1 : 0;
          stale += status == 412 ? 1 : 0;
        }
        assertThat(won).as("answers %s", statuses).isEqualTo(1);
        assertThat(stale).as("answers %s", statuses).isEqualTo(CLIENTS - 1);

        // Round two: each client reads and writes the dossier five times; every write names the version it read.
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          String item = i % 2 == 0 ? "GUARDIANS_VIEW" : "EDUCATIONAL_REPORT";
          loops.add(pool.submit(() -> {
            start.await();
            for (int n = 0; n < 5; n++) {
              String etag = client.get("demo-school", path).etag();
              Client.Reply written = client.put("demo-school", path + "/dossier", "{\"items\": [\"" + item + "\"]}", etag);
              int status = written.status();
              (status == 200 ? wins : status == 412 ? refused : other).incrementAndGet();
              if (status != 200 && status != 412) {
                unexpected.add(status + " " + written.body());
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> f : loops) {
          f.get();
        }
        assertThat(other.get()).as("answers other than 200 and 412: %s", unexpected).isZero();
        assertThat(wins.get() + refused.get()).isEqualTo(CLIENTS * 5);
        assertThat(wins.get()).isPositive();
        JsonNode application = client.get("demo-school", path).json();
        // version 1 submitted, 2 acknowledged, then one version per dossier write that won
        assertThat(application.get("version").asLong()).isEqualTo(2L + wins.get());
        JsonNode audit = client.get("demo-auditor", "/api/v1/audit?subject=" + application.get("id").asText()).json();
        assertThat(audit.findValuesAsText("action").stream().filter("application.acknowledge"::equals)).hasSize(1);
        assertThat(audit.findValuesAsText("action").stream().filter("application.dossier"::equals)).hasSize(wins.get());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
