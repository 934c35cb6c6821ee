package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The committee's inbox ({@code GET /api/v1/applications}, API 1.1) and paging of the 1.0 lists with a
 * {@code Link} header, over real HTTP on the demo server.
 */
class InboxAndPagingTest {
  @RegisterExtension
  static final DemoServer demo = new DemoServer();
  private static Client client;
  private static final LocalDate RECEIVED = LocalDate.now().minusDays(10);

  @BeforeAll
  static void start() {
    client = demo.client();
    submit("demo-school", "demo-0001", "99PE00", RECEIVED);
    submit("demo-school", "demo-0002", "99PE00", RECEIVED.plusDays(1));
    String third = submit("demo-school", "demo-0003", "99PE00", RECEIVED.plusDays(2));
    Client.Reply read = client.get("demo-partnership", third);
    client.post("demo-partnership", third + "/acknowledge", "{}", read.etag());
    submit("demo-partnership", "demo-0021", "99PF00", RECEIVED);
  }

  private static String submit(String token, String student, String school, LocalDate on) {
    Client.Reply r = client.post(token, "/api/v1/applications", "{\"policyId\":\"po-22-01\",\"partnershipId\":\"po-22-01\",\"studentId\":\"" + student
        + "\",\"applyingSchoolBrin\":\"" + school + "\",\"schoolType\":\"SBO\",\"receivedOn\":\"" + on + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.header("Location");
  }

  private static List<String> students(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("studentId").asText()));
    return out;
  }

  @Test
  void theInboxListsByNextDeadlineWithinTheActorsScope() {
    Client.Reply all = client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    JsonNode items = all.json().get("items");
    // Ours, and the demo application (under assessment, received ten days ago, decide by four weeks after).
    // demo-0001 and demo-0021 were received the same day, so their deadline is the same and their order is
    // that of their (random) ids; everything after them is in deadline order.
    List<String> students = students(all.json());
    assertThat(students.subList(0, 2)).containsExactlyInAnyOrder("demo-0001", "demo-0021");
    assertThat(students.subList(2, 5)).containsExactly("demo-0002", DemoData.DEMO_APPLICANT, "demo-0003");
    // Acknowledging is due a week after receipt; the acknowledged one waits for its decision (4 weeks).
    assertThat(items.get(0).get("nextDeadline").asText()).isEqualTo("acknowledgeBy");
    assertThat(items.get(0).get("nextDeadlineDate").asText()).isEqualTo(RECEIVED.plusWeeks(1).toString());
    assertThat(items.get(4).get("studentId").asText()).isEqualTo("demo-0003");
    assertThat(items.get(4).get("nextDeadline").asText()).isEqualTo("decideBy");
    assertThat(items.get(0).get("overdue").asBoolean()).isTrue();
    assertThat(all.json().get("next").isNull()).isTrue();

    assertThat(students(client.get("demo-school", "/api/v1/applications?partnershipId=po-22-01").json()))
        .containsExactlyInAnyOrder("demo-0001", "demo-0002", "demo-0003", DemoData.DEMO_APPLICANT);
    assertThat(students(client.get("demo-board", "/api/v1/applications?partnershipId=po-22-01").json()))
        .containsExactlyInAnyOrder("demo-0001", "demo-0002", "demo-0003", DemoData.DEMO_APPLICANT);
    // The committee member works at 99PF00 and takes no part in its applications (R-TLV-3).
    assertThat(students(client.get("demo-committee", "/api/v1/applications?partnershipId=po-22-01").json())).doesNotContain("demo-0021").hasSize(4);
    assertThat(client.get("demo-auditor", "/api/v1/applications?partnershipId=po-22-01").status()).isEqualTo(403);
    assertThat(client.get("demo-partnership", "/api/v1/applications?partnershipId=vo-22-01").status()).isEqualTo(403);
  }

  @Test
  void theInboxFiltersByStateAndDueDateAndPages() {
    assertThat(students(client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01&state=ACKNOWLEDGED").json()))
        .containsExactly("demo-0003");
    assertThat(students(client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01&state=UNDER_ASSESSMENT").json()))
        .containsExactly(DemoData.DEMO_APPLICANT);
    assertThat(students(client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01&dueBefore="
        + RECEIVED.plusWeeks(1).plusDays(1)).json())).containsExactlyInAnyOrder("demo-0001", "demo-0021");
    assertThat(client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01&state=DONE").status()).isEqualTo(400);
    JsonNode first = client.get("demo-partnership", "/api/v1/applications?partnershipId=po-22-01&pageSize=3").json();
    assertThat(first.get("items")).hasSize(3);
    JsonNode second = client.get("demo-partnership", first.get("next").asText()).json();
    assertThat(second.get("items")).hasSize(2);
    assertThat(second.get("next").isNull()).isTrue();
  }

  @Test
  void theListsOfVersionOneKeepTheirArrayAndNameTheNextPageInALinkHeader() {
    Client.Reply whole = client.get("demo-partnership", "/api/v1/schools");
    int count = whole.json().size();
    assertThat(count).isGreaterThan(3);
    assertThat(whole.header("Link")).isNull();
    Client.Reply first = client.get("demo-partnership", "/api/v1/schools?pageSize=3");
    assertThat(first.json().isArray()).isTrue();
    assertThat(first.json()).hasSize(3);
    String link = first.header("Link");
    assertThat(link).startsWith("</api/v1/schools?").endsWith(">; rel=\"next\"").contains("page=2");
    List<String> seen = new ArrayList<>();
    first.json().forEach(s -> seen.add(s.get("brin").asText()));
    String next = link.substring(1, link.indexOf('>'));
    while (next != null) {
      Client.Reply page = client.get("demo-partnership", next);
      page.json().forEach(s -> seen.add(s.get("brin").asText()));
      String l = page.header("Link");
      next = l == null ? null : l.substring(1, l.indexOf('>'));
    }
    assertThat(seen).hasSize(count).doesNotHaveDuplicates();
    assertThat(client.get("demo-partnership", "/api/v1/schools?pageSize=201").status()).isEqualTo(400);
  }
}
