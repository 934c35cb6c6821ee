package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The database goes away while the server runs: requests fail fast with a 503 problem (no hang,
 * no 500, no stack trace), a change attempted meanwhile leaves nothing behind, and when the
 * database returns the server recovers without a restart. The outage is made by closing the
 * server's own PostgreSQL database to connections and ending the ones it holds, so other tests
 * sharing the PostgreSQL server are not disturbed.
 */
@EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
class DatabaseOutageTest {

  @Test
  void requestsFailFastWith503AndTheServerRecovers() throws InterruptedException {
    Map<String, String> env = TestDatabases.postgres();
    String db = TestDatabases.databaseName(env);
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      assertThat(client.get("demo-school", "/api/v1/students/demo-0001").status()).isEqualTo(200);
      assertThat(client.get(null, "/api/v1/health/ready").status()).as("ready while the database answers").isEqualTo(200);

      TestDatabases.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS false");
      TestDatabases.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
      int unavailable = 0;
      for (int i = 0; i < 5; i++) {
        Instant start = Instant.now();
        Client.Reply r = client.get("demo-school", "/api/v1/students/demo-0001");
        Duration took = Duration.between(start, Instant.now());
        ServerEndToEndTest.problem(r, 503);
        assertThat(took).as("a request during the outage must not hang").isLessThan(Duration.ofSeconds(15));
        unavailable++;
      }
      Client.Reply during = client.post("demo-school", "/api/v1/applications", """
          {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0012", "applyingSchoolBrin": "99PE00",
           "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
      ServerEndToEndTest.problem(during, 503);
      assertThat(unavailable).isEqualTo(5);
      // The load balancer's two questions: alive (yes), ready (no).
      assertThat(client.get(null, "/api/v1/health").status()).isEqualTo(200);
      ServerEndToEndTest.problem(client.get(null, "/api/v1/health/ready"), 503);

      TestDatabases.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
      int status = 0;
      for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
        status = client.get("demo-school", "/api/v1/students/demo-0001").status();
        if (status != 200) {
          Thread.sleep(250);
        }
      }
      assertThat(status).as("the server recovers without a restart").isEqualTo(200);
      assertThat(client.get(null, "/api/v1/health/ready").status()).isEqualTo(200);
      // The application refused during the outage was not half-written: it can be submitted now, once.
      Client.Reply after = client.post("demo-school", "/api/v1/applications", """
          {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0012", "applyingSchoolBrin": "99PE00",
           "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
      assertThat(after.status()).as(after.body()).isEqualTo(201);
      assertThat(client.get("demo-auditor", "/api/v1/audit?subject=" + after.json().get("id").asText()).json().size()).isEqualTo(1);
    } finally {
      TestDatabases.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
      TestDatabases.dropPostgres(env);
    }
  }
}
