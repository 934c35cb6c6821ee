package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Several instances, one database (issue 22, the short form that runs in .ci/run): two server
 * instances, each with its own connection pool and caches, on one PostgreSQL. 50 writers across both
 * on one version get one winner; grants racing across both get unique, gap-free statement numbers;
 * the audit trail counts only the winners.
 */
@EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
class TwoInstancesTest {
  private static final LocalDate RECEIVED = LocalDate.now().minusDays(20);

  @Test
  void twoInstancesOnOnePostgresKeepOneWinnerPerVersionAndGapFreeStatementNumbers() throws Exception {
    TestDatabases.onFreshPostgres(env -> {
      try (PassendServer a = PassendServer.create(env).start(); PassendServer b = PassendServer.create(env).start()) {
        Client[] clients = {new Client(a.port()), new Client(b.port())};
        assertThat(clients[1].get(null, "/api/v1/health/ready").status()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
          // 50 writers of one version, alternating between the instances: one wins.
          Client.Reply submitted = clients[0].post("demo-school", "/api/v1/applications", submission("demo-0011"));
          String path = submitted.header("Location");
          List<Callable<Integer>> writers = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            Client client = clients[i % 2];
            writers.add(() -> client.post("demo-partnership", path + "/acknowledge", "{\"on\": \"" + RECEIVED.plusDays(1) + "\"}",
                submitted.etag()).status());
          }
          List<Integer> statuses = new ArrayList<>();
          for (Future<Integer> f : pool.invokeAll(writers)) {
            statuses.add(f.get());
          }
          assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
          assertThat(statuses).filteredOn(s -> s == 412).hasSize(49);
          JsonNode trail = clients[1].get("demo-auditor", "/api/v1/audit?subject=" + path.substring(path.lastIndexOf('/') + 1)).json();
          assertThat(trail.findValuesAsText("action")).containsExactly("application.submit", "application.acknowledge");

          // Grants racing across both instances: statement numbers unique and without gaps.
          int count = 10;
          List<String> ready = new ArrayList<>();
          List<String> etags = new ArrayList<>();
          for (int i = 1; i <= count; i++) {
            Client client = clients[i % 2];
            Client.Reply s = client.post("demo-school", "/api/v1/applications", submission(String.format("demo-%04d", i)));
            assertThat(s.status()).as(s.body()).isEqualTo(201);
            Client.Reply filed = client.completeDossier("demo-partnership", s.header("Location"), s.etag(), RECEIVED.plusDays(1), "99PE00",
                RECEIVED.minusDays(10), "PSYCHOLOGIST");
            ready.add(s.header("Location"));
            etags.add(filed.etag());
          }
          List<Callable<JsonNode>> grants = new ArrayList<>();
          IntStream.range(0, count).forEach(i -> grants.add(() -> {
            Client.Reply g = clients[i % 2].post("demo-committee", ready.get(i) + "/grant", "{\"on\": \"" + RECEIVED.plusDays(5)
                + "\", \"startDate\": \"" + RECEIVED.plusDays(30) + "\", \"endDate\": \"" + LocalDate.of(RECEIVED.getYear() + 1, 7, 31) + "\"}",
                etags.get(i));
            assertThat(g.status()).as(g.body()).isEqualTo(200);
            return g.json();
          }));
          List<Long> numbers = new ArrayList<>();
          for (Future<JsonNode> f : pool.invokeAll(grants)) {
            numbers.add(f.get().get("statement").get("number").asLong());
          }
          assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count).mapToObj(Long::valueOf).toList());
        } finally {
          pool.shutdownNow();
        }
      }
    });
  }

  private static String submission(String student) {
    return "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\", \"studentId\": \"" + student + "\", \"applyingSchoolBrin\": \"99PE00\","
        + " \"schoolType\": \"SBO\", \"receivedOn\": \"" + RECEIVED + "\"}";
  }
}
