package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 21 over HTTP: assessment facts entered by hand are kept with an undecided application and changed only with the version read. */
class AssessmentEndToEndTest {
  private static final String FACTS = "{\"assessmentDate\": \"2025-09-01\", \"dateOfBirth\": \"2016-05-01\", \"iq\": %d}";
  @RegisterExtension
  static final DemoServer demo = new DemoServer();
  private static Client client;

  @BeforeAll
  static void start() {
    client = demo.client();
  }

  @Test
  void factsAreKeptChangedWithTheVersionReadAndFrozenByTheDecision() {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
        + " \"studentId\": \"demo-0015\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
    String path = submitted.header("Location");
    problem(client.get("demo-school", path + "/eligibility"), 404);
    Client.Reply first = client.put("demo-school", path + "/assessment", FACTS.formatted(72), null);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.etag()).isEqualTo("\"1\"");
    assertThat(first.json().get("assessment").get("iq").asInt()).isEqualTo(72);
    assertThat(first.json().get("evaluation").get("rules").size()).isPositive();
    // Kept facts change only with the version read.
    problem(client.put("demo-school", path + "/assessment", FACTS.formatted(75), null), 428);
    problem(client.put("demo-school", path + "/assessment", FACTS.formatted(75), "\"0\""), 412);
    Client.Reply second = client.put("demo-partnership", path + "/assessment", FACTS.formatted(75), first.etag());
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(client.get("demo-school", path + "/eligibility").json().get("assessment").get("iq").asInt()).isEqualTo(75);
    // Every bad field is named; another school may not.
    Client.Reply bad = client.put("demo-school", path + "/assessment", "{\"iq\": 500}", "\"2\"");
    problem(bad, 400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).contains("assessmentDate", "iq");
    problem(client.put("demo-auditor", path + "/assessment", FACTS.formatted(75), "\"2\""), 403);
  }
}
