package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC version 2 over real HTTP (API 1.1): the PO→VO transition with registrations (R-TLV-1), the
 * committee's advice of vo-22-01 (R-DL-3), the LWOO register (R-LWOO-1..3) and its place in the
 * monitoring report (R-MON-2), and the decision date that picks the criteria version (R-CRI-LWOO).
 * A VO partnership acc-vo with a PrO school and a VMBO school, and a PO partnership acc-po with a
 * primary school, are registered through the API; the data are invented.
 */
class PoToVoEndToEndTest {
  @TempDir
  static Path dir;
  static PassendServer server;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    Path tokens = dir.resolve("tokens.csv");
    Files.writeString(tokens, String.join("\n",
        "e2e-admin-token,ADMINISTRATOR,PARTNERSHIP,-",
        "vo-staff-token,PARTNERSHIP_STAFF,PARTNERSHIP,acc-vo",
        "vo-committee-token,COMMITTEE_MEMBER,COMMITTEE,acc-vo",
        "po-staff-token,PARTNERSHIP_STAFF,PARTNERSHIP,acc-po",
        "pro-school-token,SCHOOL_STAFF,SCHOOL,99PR00",
        "vmbo-school-token,SCHOOL_STAFF,SCHOOL,99VM00",
        "primary-school-token,SCHOOL_STAFF,SCHOOL,99PA00", ""));
    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_DEMO", "false");
    env.put("PASSEND_TOKENS_FILE", tokens.toString());
    server = PassendServer.create(env).start();
    client = new Client(server.port());
    Client.Reply accVo = created(client.post("e2e-admin-token", "/api/v1/partnerships",
        "{\"id\": \"acc-vo\", \"name\": \"Acceptance VO\", \"sector\": \"VO\", \"policyId\": \"vo-22-01\","
            + " \"postalAddress\": \"Postbus 9999\\n9999 ZZ Voorbeeldstad\"}"));
    assertThat(accVo.json().get("postalAddress").asText()).isEqualTo("Postbus 9999\n9999 ZZ Voorbeeldstad");
    Client.Reply tooLong = client.post("e2e-admin-token", "/api/v1/partnerships", "{\"id\": \"acc-vo-2\", \"policyId\": \"vo-22-01\","
        + " \"postalAddress\": \"1\\n2\\n3\\n4\\n5\\n6\"}");
    problem(tooLong, 400);
    assertThat(tooLong.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "postalAddress");
    created(client.post("e2e-admin-token", "/api/v1/partnerships",
        "{\"id\": \"acc-po\", \"name\": \"Acceptance PO\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}"));
    created(client.post("e2e-admin-token", "/api/v1/boards", "{\"id\": \"b-vo\", \"name\": \"VO board\", \"partnershipIds\": [\"acc-vo\"]}"));
    created(client.post("e2e-admin-token", "/api/v1/boards", "{\"id\": \"b-po\", \"name\": \"PO board\", \"partnershipIds\": [\"acc-po\"]}"));
    created(client.post("e2e-admin-token", "/api/v1/schools", "{\"brin\": \"99PR00\", \"name\": \"PrO\", \"boardId\": \"b-vo\", \"schoolType\": \"PRO\"}"));
    created(client.post("e2e-admin-token", "/api/v1/schools", "{\"brin\": \"99VM00\", \"name\": \"VMBO\", \"boardId\": \"b-vo\", \"schoolType\": \"VO\"}"));
    created(client.post("e2e-admin-token", "/api/v1/schools", "{\"brin\": \"99PA00\", \"name\": \"Primary\", \"boardId\": \"b-po\", \"schoolType\": \"BO\"}"));
    StringBuilder vo = new StringBuilder("studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n");
    for (int i = 0; i < 9; i++) {
      vo.append("vo-").append(i).append(",2012-03-0").append(i + 1).append(",99VM00,VO,2024-08-01,\n");
    }
    vo.append("pro-0,2012-04-01,99PR00,PRO,2024-08-01,\n");
    assertThat(client.csv("vo-staff-token", "/api/v1/students/import?partnershipId=acc-vo", vo.toString()).status()).isEqualTo(200);
    assertThat(client.csv("po-staff-token", "/api/v1/students/import?partnershipId=acc-po",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\ng8-0,2013-06-01,99PA00,BO,2017-08-01,\ng8-1,2013-07-01,99PA00,BO,2017-08-01,\n").status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Client.Reply created(Client.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("Location")).isNotBlank();
    return r;
  }

  private static final String PRO_FOR_G8 = """
      {"policyId": "vo-22-01", "partnershipId": "acc-vo", "studentId": "%s", "applyingSchoolBrin": "%s",
       "schoolType": "PRO", "receivedOn": "2025-02-03"}""";

  @Test
  void aGroup8PupilIsAppliedForByTheVoSchoolOfRegistrationNeverThePrimarySchool_R_TLV_1() {
    Client.Reply before = client.post("pro-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-1", "99PR00"));
    problem(before, 409);
    assertThat(before.json().get("ruleId").asText()).isEqualTo("R-TLV-1");
    assertThat(before.json().get("schoolsThatMayApply")).isEmpty();

    Client.Reply registered = created(client.post("pro-school-token", "/api/v1/registrations",
        "{\"studentId\": \"g8-1\", \"schoolBrin\": \"99PR00\", \"registeredOn\": \"2025-01-20\"}"));
    assertThat(registered.json().get("schoolType").asText()).isEqualTo("PRO");
    assertThat(client.get("pro-school-token", registered.header("Location")).json().get("schoolBrin").asText()).isEqualTo("99PR00");
    JsonNode list = client.get("vo-staff-token", "/api/v1/registrations?studentId=g8-1").json();
    assertThat(list.get("items")).hasSize(1);
    assertThat(list.get("next").isNull()).isTrue();
    problem(client.get("vmbo-school-token", registered.header("Location")), 403);
    Client.Reply badDate = client.post("pro-school-token", "/api/v1/registrations",
        "{\"studentId\": \"g8-1\", \"schoolBrin\": \"99PR00\", \"registeredOn\": \"2999-01-01\"}");
    problem(badDate, 400);
    assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("registeredOn");
    problem(client.post("vmbo-school-token", "/api/v1/registrations",
        "{\"studentId\": \"g8-1\", \"schoolBrin\": \"99PR00\", \"registeredOn\": \"2025-01-20\"}"), 403);

    Client.Reply byPrimary = client.post("primary-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-1", "99PA00"));
    problem(byPrimary, 409);
    assertThat(byPrimary.json().get("ruleId").asText()).isEqualTo("R-TLV-1");
    assertThat(byPrimary.json().get("schoolsThatMayApply").toString()).isEqualTo("[\"99PR00\"]");
    assertThat(byPrimary.json().get("detail").asText()).contains("99PR00");

    Client.Reply byPro = client.post("pro-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-1", "99PR00"));
    assertThat(byPro.status()).as(byPro.body()).isEqualTo(201);
    assertThat(byPro.json().get("deadlines").has("adviceBy")).isTrue();
  }

  @Test
  void vo2201DecidesAfterTheCommitteesAdvice_R_DL_3() {
    client.post("pro-school-token", "/api/v1/registrations", "{\"studentId\": \"g8-0\", \"schoolBrin\": \"99PR00\", \"registeredOn\": \"2025-01-21\"}");
    Client.Reply submitted = created(client.post("pro-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-0", "99PR00")));
    String path = submitted.header("Location");
    Client.Reply filed = client.completeDossier("vo-committee-token", path, submitted.etag(), java.time.LocalDate.of(2025, 2, 4), "99PR00",
        java.time.LocalDate.of(2025, 1, 25), "ORTHOPEDAGOGUE");
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    assertThat(filed.json().get("dossier").get("missingItems")).isEmpty();
    Client.Reply early = client.post("vo-committee-token", path + "/grant", "{\"on\": \"2025-02-20\", \"startDate\": \"2025-08-01\"}", filed.etag());
    problem(early, 409);
    assertThat(early.json().get("ruleId").asText()).isEqualTo("R-DL-3");
    Client.Reply noAdvice = client.post("vo-committee-token", path + "/advise", "{\"on\": \"2025-02-24\"}", filed.etag());
    problem(noAdvice, 400);
    assertThat(noAdvice.json().get("errors").get(0).get("field").asText()).isEqualTo("advice");
    Client.Reply advised = client.post("vo-committee-token", path + "/advise",
        "{\"on\": \"2025-02-24\", \"reason\": \"criteria met\", \"advice\": \"GRANT\"}", filed.etag());
    assertThat(advised.status()).as(advised.body()).isEqualTo(200);
    JsonNode a = advised.json();
    assertThat(a.get("advice").get("advice").asText()).isEqualTo("GRANT");
    assertThat(a.get("advice").get("on").asText()).isEqualTo("2025-02-24");
    assertThat(a.get("deadlines").get("decideBy").asText()).isEqualTo("2025-03-03");
    assertThat(a.get("deadlines").has("adviceByExtended")).isTrue();
    Client.Reply granted = client.post("vo-staff-token", path + "/grant",
        "{\"on\": \"2025-02-27\", \"reason\": \"advice followed\", \"startDate\": \"2025-08-01\"}", advised.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(granted.json().get("trail").findValuesAsText("action")).containsSubsequence("advise", "grant");
  }

  @Test
  void theLwooRegisterFeedsTheProPlusLwooTarget_R_LWOO_1_3_R_MON_2() {
    String assessment = "{\"assessmentDate\": \"2024-03-01\", \"iq\": 85, \"domains\": {\"ARITHMETIC\": {\"dl\": 60, \"dle\": 35},"
        + " \"SPELLING\": {\"dl\": 60, \"dle\": 35}, \"READING_COMPREHENSION\": {\"dl\": 60, \"dle\": 60}, \"TECHNICAL_READING\": {\"dl\": 60, \"dle\": 60}}}";
    Client.Reply submitted = created(client.post("vmbo-school-token", "/api/v1/lwoo-designations",
        "{\"partnershipId\": \"acc-vo\", \"studentId\": \"vo-0\", \"schoolBrin\": \"99VM00\", \"receivedOn\": \"2024-04-02\", \"assessment\": "
            + assessment + "}"));
    JsonNode s = submitted.json();
    assertThat(s.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(s.get("evaluation").get("scheme").asText()).isEqualTo("LWOO");
    assertThat(s.get("evaluation").get("outcome").asText()).isEqualTo("ELIGIBLE");
    Client.Reply badAssessment = client.post("vmbo-school-token", "/api/v1/lwoo-designations",
        "{\"partnershipId\": \"acc-vo\", \"studentId\": \"vo-1\", \"schoolBrin\": \"99VM00\", \"receivedOn\": \"2024-04-02\", \"assessment\": "
            + "{\"assessmentDate\": \"2024-03-01\", \"iq\": 500}}");
    problem(badAssessment, 400);
    assertThat(badAssessment.json().get("errors").get(0).get("field").asText()).isEqualTo("assessment.iq");
    problem(client.post("vmbo-school-token", submitted.header("Location") + "/grant", "{\"on\": \"2024-04-20\"}", submitted.etag()), 403);
    Client.Reply granted = client.post("vo-staff-token", submitted.header("Location") + "/grant",
        "{\"on\": \"2024-04-20\", \"reason\": \"two delays of 42%\", \"startDate\": \"2024-08-01\"}", submitted.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(granted.json().get("state").asText()).isEqualTo("GRANTED");
    Client.Reply duo = client.post("vmbo-school-token", submitted.header("Location") + "/register-duo", "{\"on\": \"2024-04-22\"}", granted.etag());
    assertThat(duo.json().get("registeredWithDuoOn").asText()).as(duo.body()).isEqualTo("2024-04-22");
    problem(client.post("vo-staff-token", submitted.header("Location") + "/grant", "{\"on\": \"2024-04-23\"}", duo.etag()), 409);

    JsonNode register = client.get("vo-staff-token", "/api/v1/lwoo-designations?partnershipId=acc-vo&inForceOn=2025-10-01").json();
    assertThat(register.get("items").findValuesAsText("studentId")).containsExactly("vo-0");
    assertThat(client.get("vo-staff-token", "/api/v1/lwoo-designations?partnershipId=acc-vo&inForceOn=2024-07-31").json().get("items")).isEmpty();
    problem(client.get("vmbo-school-token", "/api/v1/lwoo-designations?partnershipId=acc-vo"), 403);

    JsonNode report = client.get("vo-staff-token", "/api/v1/reports/monitoring?partnershipId=acc-vo&countDate=2025-10-01").json();
    assertThat(report.get("lwooDesignationsInForce").asInt()).isEqualTo(1);
    JsonNode target = null;
    for (JsonNode t : report.get("targets")) {
      if (t.get("metric").asText().equals("PRO_LWOO_SHARE")) {
        target = t;
      }
    }
    assertThat(target).isNotNull();
    assertThat(target.get("value").asText()).isEqualTo("20.00");
    assertThat(target.get("status").asText()).isEqualTo("MISSED");
  }

  @Test
  void theDecisionDatePicksTheLwooCriteriaVersion_R_CRI_LWOO() {
    String body = "{\"assessmentDate\": \"2019-11-01\", \"iq\": 85, \"domains\": {\"ARITHMETIC\": {\"dl\": 60, \"dle\": 40},"
        + " \"SPELLING\": {\"dl\": 60, \"dle\": 40}}, \"decisionDate\": \"%s\"}";
    JsonNode before = client.post("vo-staff-token", "/api/v1/policies/vo-31-02/eligibility/LWOO", body.formatted("2019-12-31")).json();
    JsonNode after = client.post("vo-staff-token", "/api/v1/policies/vo-31-02/eligibility/LWOO", body.formatted("2020-01-01")).json();
    assertThat(before.get("schemeVersion").asText()).isNotEqualTo("2020-01-01");
    assertThat(after.get("schemeVersion").asText()).isEqualTo("2020-01-01");
    Client.Reply bad = client.post("vo-staff-token", "/api/v1/policies/vo-31-02/eligibility/LWOO", body.formatted("yesterday"));
    problem(bad, 400);
    assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("decisionDate");
  }

  @Test
  void writesStayInsideThePartnershipAndDatesMakeSense_R_INT_2_R_INT_5() {
    Client.Reply otherPartnership = client.post("vo-staff-token", "/api/v1/placement-duty-cases",
        "{\"partnershipId\": \"acc-vo\", \"studentId\": \"g8-1\", \"schoolBrin\": \"99PA00\", \"registeredOn\": \"2025-02-03\"}");
    problem(otherPartnership, 409);
    assertThat(otherPartnership.json().get("ruleId").asText()).isEqualTo("R-INT-2");
    Client.Reply future = client.post("pro-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-1", "99PR00")
        .replace("2025-02-03", java.time.LocalDate.now().plusDays(2).toString()));
    problem(future, 400);
    assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("receivedOn");
    Client.Reply farFuture = client.post("pro-school-token", "/api/v1/applications", PRO_FOR_G8.formatted("g8-1", "99PR00")
        .replace("2025-02-03", "+999999999-12-31"));
    problem(farFuture, 400);
    assertThat(farFuture.json().get("errors").get(0).get("field").asText()).isEqualTo("receivedOn");
    problem(client.get("vo-staff-token", "/api/v1/lwoo-designations?partnershipId=acc-vo&inForceOn=10000-01-01"), 400);
  }
}
