package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Policy simulation over real HTTP (API.md "Policy simulation"): who may, what a bad candidate gets, an identical candidate. */
class PolicySimulationEndToEndTest {
  @RegisterExtension
  static final DemoServer demo = new DemoServer();
  private static Client client;

  @BeforeAll
  static void start() {
    client = demo.client();
  }

  private static String body(String candidate) {
    return "{\"candidate\": " + candidate + ", \"from\": \"2024-01-01\", \"to\": \"2025-12-31\"}";
  }

  @Test
  void anIdenticalCandidateChangesNothing() {
    String document = client.get("demo-partnership", "/api/v1/policies/po-22-01").body();
    Client.Reply r = client.post("demo-partnership", "/api/v1/policies/po-22-01/simulations", body(document));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("changed").asInt()).isZero();
    assertThat(r.json().get("examples")).isEmpty();
    assertThat(client.post("demo-auditor", "/api/v1/policies/po-22-01/simulations", body(document)).status()).isEqualTo(200);
    assertThat(client.get("demo-auditor", "/api/v1/audit?subject=po-22-01").json().findValuesAsText("action")).contains("policy.simulate");
  }

  @Test
  void aBadCandidateNamesTheFieldAndOnlyStaffAndAuditorsMaySimulate() {
    ObjectNode document = (ObjectNode) client.get("demo-partnership", "/api/v1/policies/po-22-01").json();
    document.put("sector", "HBO");
    Client.Reply bad = client.post("demo-partnership", "/api/v1/policies/po-22-01/simulations", body(document.toString()));
    problem(bad, 400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("candidate.sector");
    Client.Reply missing = client.post("demo-partnership", "/api/v1/policies/po-22-01/simulations", "{\"shoeSize\": 40}");
    problem(missing, 400);
    assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("shoeSize", "candidate", "from", "to");
    String good = client.get("demo-partnership", "/api/v1/policies/po-22-01").body();
    problem(client.post("demo-school", "/api/v1/policies/po-22-01/simulations", body(good)), 403);
    problem(client.post("demo-partnership", "/api/v1/policies/vo-31-02/simulations", body(good)), 403);
  }
}
