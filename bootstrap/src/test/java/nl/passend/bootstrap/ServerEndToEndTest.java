package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real server on a random port (memory storage, demo mode) and talks HTTP to it. */
class ServerEndToEndTest {
  static PassendServer server;
  static Client client;

  @BeforeAll
  static void start() {
    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_MAX_REQUEST_BYTES", String.valueOf(2 * 1024 * 1024));
    server = PassendServer.create(env).start();
    client = new Client(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void problem(Client.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.has("type") && p.has("title") && p.has("detail")).isTrue();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void healthNeedsNoToken() {
    Client.Reply r = client.get(null, "/api/v1/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("UP");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Server")).isNull();
  }

  @Test
  void everythingElseNeedsAValidToken() {
    problem(client.get(null, "/api/v1/policies"), 401);
    problem(client.get("wrong-token", "/api/v1/policies"), 401);
  }

  @Test
  void policiesAndTheirDocuments() {
    JsonNode list = client.get("demo-school", "/api/v1/policies").json();
    assertThat(list.findValuesAsText("id")).contains("po-22-01", "vo-22-01", "vo-31-02", "vo-zo-drenthe");
    JsonNode doc = client.get("demo-school", "/api/v1/policies/vo-31-02").json();
    assertThat(doc.get("sector").asText()).isEqualTo("VO");
    assertThat(doc.get("categoryAmounts").get("low").asText()).isEqualTo("9845.00");
    assertThat(doc.get("eligibility").findValuesAsText("kind")).contains("PRO", "LWOO_DLE", "VSO_CASCADE");
    problem(client.get("demo-school", "/api/v1/policies/nope"), 404);
  }

  @Test
  void eligibilityApiExample() {
    String body = """
        {"assessmentDate": "2025-03-01", "dateOfBirth": "2013-05-01", "iq": 62,
         "domains": {"ARITHMETIC": {"dl": 60, "dle": 28}, "READING_COMPREHENSION": {"dl": 60, "dle": 25}},
         "findings": {"veryLowSelfReliance": true, "veryLimitedProgress": true, "regularSupportExhausted": true}}""";
    Client.Reply r = client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("policyId").asText()).isEqualTo("po-22-01");
    assertThat(j.get("scheme").asText()).isEqualTo("ZML");
    assertThat(j.get("schemeVersion").asText()).isEqualTo("2016-03-30");
    assertThat(j.get("outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(j.get("schoolType").asText()).isEqualTo("SO");
    assertThat(j.get("fundingCategory").asText()).isEqualTo("LOW");
    assertThat(j.get("rules").findValuesAsText("id")).contains("R-CRI-C3-ZML");
    assertThat(j.get("missing").isArray()).isTrue();
  }

  @Test
  void eligibilityRefusesBadInputNamingTheField() {
    problem(client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/PRO", "{\"assessmentDate\":\"2025-03-01\"}"), 404);
    Client.Reply iq = client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"assessmentDate\":\"2025-03-01\",\"iq\":200}");
    problem(iq, 400);
    assertThat(iq.json().get("errors").get(0).get("field").asText()).isEqualTo("iq");
    Client.Reply unknown = client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"assessmentDate\":\"2025-03-01\",\"shoeSize\":40}");
    problem(unknown, 400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("shoeSize");
    problem(client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"assessmentDate\":\"2025-03-01\",\"iq\":62.5}"), 400);
    problem(client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"iq\":62}"), 400);
    Client.Reply dle = client.post("demo-school", "/api/v1/policies/vo-31-02/eligibility/LWOO",
        "{\"assessmentDate\":\"2025-03-01\",\"domains\":{\"ARITHMETIC\":{\"dl\":60,\"dle\":70}}}");
    problem(dle, 400);
    assertThat(dle.json().get("errors").get(0).get("field").asText()).isEqualTo("domains.ARITHMETIC");
    Client.Reply sbo = client.post("demo-school", "/api/v1/policies/po-22-01/eligibility/SBO",
        "{\"assessmentDate\":\"2025-03-01\",\"iq\":72,\"findings\":{\"educationalReportPresent\":true,\"schoolReachedLimits\":true,"
            + "\"learningDelay\":true,\"specificLearningDisorder\":true,\"developmentalDisorder\":false,\"behaviouralDisorder\":false}}");
    assertThat(sbo.json().get("outcome").asText()).isEqualTo("JUDGEMENT_REQUIRED");
    assertThat(sbo.json().get("matchedProfiles").toString()).isEqualTo("[2,4]");
  }

  @Test
  void deadlinesOfEveryProcedure() {
    JsonNode d = client.post("demo-school", "/api/v1/policies/po-22-01/deadlines",
        "{\"procedure\": \"ADMISSIBILITY_DECISION\", \"receivedOn\": \"2025-03-03\"}").json();
    assertThat(d.toString()).isEqualTo("{\"acknowledgeBy\":\"2025-03-10\",\"requestInformationBy\":\"2025-03-17\",\"decideBy\":\"2025-03-31\","
        + "\"decideByExtended\":\"2025-04-28\"}");
    assertThat(client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"PLACEMENT_DUTY\",\"receivedOn\":\"2025-03-03\"}")
        .json().get("decideByExtended").asText()).isEqualTo("2025-05-12");
    assertThat(client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"OBJECTION\",\"decisionNotifiedOn\":\"2025-03-03\"}")
        .json().get("objectBy").asText()).isEqualTo("2025-04-14");
    assertThat(client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"DEVELOPMENT_PLAN\",\"placedOn\":\"2025-03-03\"}")
        .json().get("drawUpBy").asText()).isEqualTo("2025-04-14");
    assertThat(client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"START_AFTER_STATEMENT\",\"issuedOn\":\"2025-03-03\"}")
        .json().get("startBy").asText()).isEqualTo("2025-04-14");
    Client.Reply missing = client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"OBJECTION\",\"receivedOn\":\"2025-03-03\"}");
    problem(missing, 400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("decisionNotifiedOn");
    problem(client.post("demo-school", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"NOPE\",\"receivedOn\":\"2025-03-03\"}"), 400);
    // vo-22-01 with a holiday the caller supplies: the decision deadline moves by its days.
    JsonNode shifted = client.post("demo-school", "/api/v1/policies/vo-22-01/deadlines", "{\"procedure\":\"ADMISSIBILITY_DECISION\","
        + "\"receivedOn\":\"2025-10-06\",\"holidays\":[{\"name\":\"autumn\",\"first\":\"2025-10-18\",\"last\":\"2025-10-26\"}]}").json();
    // SPEC version 2 (R-DL-3): vo-22-01's committee advises by the shifted term, the director decides a week later.
    assertThat(shifted.get("adviceBy").asText()).isEqualTo("2025-11-12");
    assertThat(shifted.get("decideBy").asText()).isEqualTo("2025-11-19");
  }

  @Test
  void fundingCalculators() {
    JsonNode d = client.post("demo-auditor", "/api/v1/funding/distribution",
        "{\"amount\": \"3614424.00\", \"roundTo\": \"1.00\", \"shares\": {\"13785\": 3217, \"32073\": 3445}}").json();
    java.math.BigDecimal sum = new java.math.BigDecimal(d.get("allocations").get("13785").asText())
        .add(new java.math.BigDecimal(d.get("allocations").get("32073").asText()));
    assertThat(sum).isEqualByComparingTo("3614424.00");
    // 3.614.424 × 3.217 / 6.662 = 1.745.362,05 and × 3.445 / 6.662 = 1.869.061,95: the remainder euro goes to 32073.
    assertThat(d.get("allocations").get("13785").asText()).isEqualTo("1745362.00");
    assertThat(d.get("allocations").get("32073").asText()).isEqualTo("1869062.00");
    problem(client.post("demo-auditor", "/api/v1/funding/distribution", "{\"amount\": 3614424, \"shares\": {\"a\": 1}}"), 400);
    JsonNode ded = client.post("demo-auditor", "/api/v1/funding/special-education-deduction",
        "{\"policyId\": \"vo-31-02\", \"counts\": {\"LOW\": 333, \"MEDIUM\": 14, \"HIGH\": 14}, \"residential\": 37}").json();
    assertThat(ded.get("total").asText()).isEqualTo("4186970.00");
    assertThat(ded.get("perCategory").get("LOW").asText()).isEqualTo("3278385.00");
    assertThat(ded.get("residential").asText()).isEqualTo("364265.00");
    Client.Reply noAmounts = client.post("demo-auditor", "/api/v1/funding/special-education-deduction", "{\"policyId\":\"po-22-01\",\"counts\":{\"LOW\":1}}");
    problem(noAmounts, 400);
    assertThat(noAmounts.json().get("errors").get(0).get("field").asText()).isEqualTo("policyId");
  }

  @Test
  void participationApiExample() {
    JsonNode p = client.post("demo-auditor", "/api/v1/monitoring/participation",
        "{\"counts\": {\"BO\": 3052, \"SBO\": 39, \"SO\": 32, \"VSO\": 41}, \"denominator\": [\"BO\", \"SBO\", \"SO\", \"VSO\"], \"decimals\": 1}").json();
    assertThat(p.toString()).isEqualTo("{\"denominator\":3164,\"rates\":{\"BO\":\"96.5\",\"SBO\":\"1.2\",\"SO\":\"1.0\",\"VSO\":\"1.3\"}}");
    problem(client.post("demo-auditor", "/api/v1/monitoring/participation", "{\"counts\": {\"BO\": -1}, \"denominator\": [\"BO\"]}"), 400);
    problem(client.post("demo-auditor", "/api/v1/monitoring/participation", "{\"counts\": {\"BO\": 0}, \"denominator\": [\"BO\"]}"), 400);
  }

  @Test
  void organisationIsRegisteredByTheAdministrator() {
    Client.Reply created = client.post("demo-admin", "/api/v1/partnerships",
        "{\"id\": \"acc-po\", \"name\": \"Acceptance PO\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/partnerships/acc-po");
    problem(client.post("demo-admin", "/api/v1/partnerships", "{\"id\": \"acc-po\", \"name\": \"Again\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}"), 409);
    Client.Reply badPolicy = client.post("demo-admin", "/api/v1/partnerships", "{\"id\": \"acc-x\", \"name\": \"X\", \"sector\": \"PO\", \"policyId\": \"nope\"}");
    problem(badPolicy, 400);
    assertThat(badPolicy.json().get("errors").get(0).get("field").asText()).isEqualTo("policyId");
    problem(client.post("demo-partnership", "/api/v1/partnerships", "{\"id\": \"acc-y\", \"name\": \"Y\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}"), 403);
    assertThat(client.post("demo-admin", "/api/v1/boards", "{\"id\": \"b1\", \"name\": \"Board one\", \"partnershipIds\": [\"acc-po\"]}").status()).isEqualTo(201);
    assertThat(client.post("demo-admin", "/api/v1/schools", "{\"brin\": \"99AA00\", \"name\": \"School\", \"boardId\": \"b1\", \"schoolType\": \"BO\"}")
        .status()).isEqualTo(201);
    Client.Reply badBrin = client.post("demo-admin", "/api/v1/schools", "{\"brin\": \"9AA00\", \"name\": \"School\", \"boardId\": \"b1\", \"schoolType\": \"BO\"}");
    problem(badBrin, 400);
    assertThat(badBrin.json().get("errors").get(0).get("field").asText()).isEqualTo("brin");
    assertThat(client.get("demo-school", "/api/v1/schools/99aa00").json().get("brin").asText()).isEqualTo("99AA00");
    assertThat(client.get("demo-school", "/api/v1/partnerships").json().findValuesAsText("id")).contains("acc-po", "po-22-01");
    problem(client.get("demo-school", "/api/v1/boards/nope"), 404);
  }

  @Test
  void importAndReadStudents() {
    String csv = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n"
        + "imp-1,2016-02-03,99PE00,BO,2020-08-01,\n"
        + "imp-2,2015-05-06,99PE00,BO,2019-08-01,\n";
    Client.Reply ok = client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01", csv);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("imported").asInt()).isEqualTo(2);
    JsonNode s = client.get("demo-school", "/api/v1/students/imp-1").json();
    assertThat(s.get("dateOfBirth").asText()).isEqualTo("2016-02-03");
    assertThat(s.get("enrolments").get(0).get("schoolBrin").asText()).isEqualTo("99PE00");
    String bad = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n"
        + "imp-3,2016-02-03,99PE00,BO,2020-08-01,\n"
        + "imp-4,not-a-date,99PE00,BO,2020-08-01,\n"
        + "=cmd|' /C calc'!A0,2016-02-03,99PE00,BO,2020-08-01,\n";
    Client.Reply rejected = client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01", bad);
    problem(rejected, 400);
    assertThat(rejected.json().get("errors").toString()).contains("\"line\":3").contains("dateOfBirth").contains("\"line\":4").contains("studentId");
    problem(client.get("demo-school", "/api/v1/students/imp-3"), 404);
    problem(client.get("demo-admin", "/api/v1/students/imp-1"), 403);
    problem(client.postBytes("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01", "text/csv",
        new byte[] {(byte) 0xC3, (byte) 0x28, 10}), 400);
  }

  @Test
  void aSubmissionNamesTheStatementItReplacesByNumber_R_INT_4() {
    Client.Reply notANumber = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0003", "applyingSchoolBrin": "99PE00",
         "schoolType": "SBO", "receivedOn": "2025-09-15", "replaces": "one", "renews": "0"}""");
    problem(notANumber, 400);
    assertThat(notANumber.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("replaces", "renews");
    Client.Reply unknown = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0003", "applyingSchoolBrin": "99PE00",
         "schoolType": "SBO", "receivedOn": "2025-09-15", "replaces": "999"}""");
    problem(unknown, 400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("replaces");
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0003", "applyingSchoolBrin": "99PE00",
         "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    assertThat(submitted.json().has("replaces")).isFalse();
    // The end of a replaced statement is recorded by the grant that replaces it; nobody posts it.
    problem(client.post("demo-partnership", submitted.header("Location") + "/statement-replaced", "{\"on\": \"2025-09-16\"}",
        submitted.etag()), 404);
  }

  @Test
  void theImportHeaderIsExactAndEveryLineHasItsCells() {
    Client.Reply unknown = client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01",
        "studentId,dateOfBirth,bsn,schoolBrin,schoolType,enrolledFrom,enrolledUntil,studentId\n"
            + "imp-7,2016-02-03,123456782,99PE00,BO,2020-08-01,,imp-7\n");
    problem(unknown, 400);
    assertThat(unknown.json().get("errors").toString()).contains("\"line\":1").contains("'bsn' is not part of the import")
        .contains("studentId appears more than once");
    problem(client.get("demo-school", "/api/v1/students/imp-7"), 404);

    Client.Reply missing = client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom\nimp-7,2016-02-03,99PE00,BO,2020-08-01\n");
    problem(missing, 400);
    assertThat(missing.json().get("errors").toString()).contains("enrolledUntil is missing");

    Client.Reply width = client.csv("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n"
            + "imp-7,2016-02-03,99PE00,BO,2020-08-01,,extra\n"
            + "imp-8,2016-02-03\n");
    problem(width, 400);
    assertThat(width.json().get("errors").toString()).contains("\"line\":2").contains("has 7 cells, but the header has 6")
        .contains("\"line\":3").contains("has 2 cells");

    // columns in another order, a byte-order mark, quoted cells and CRLF line ends are all fine
    Client.Reply reordered = client.postBytes("demo-partnership", "/api/v1/students/import?partnershipId=po-22-01", "text/csv",
        ("\uFEFFdateOfBirth,studentId,schoolBrin,schoolType,enrolledFrom,enrolledUntil\r\n"
            + "2016-02-03,\"imp-7\",99PE00,BO,2020-08-01,\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
    assertThat(client.get("demo-school", "/api/v1/students/imp-7").json().get("dateOfBirth").asText()).isEqualTo("2016-02-03");
  }

  @Test
  void applicationLifecycleFromSubmissionToDecision() {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0002", "applyingSchoolBrin": "99PE00",
         "schoolType": "SO", "specialNeedsType": "LG", "receivedOn": "2025-09-15"}""");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    JsonNode a = submitted.json();
    assertThat(a.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(a.get("deadlines").get("decideBy").asText()).isEqualTo("2025-10-13");
    assertThat(a.get("trail").get(0).get("action").asText()).isEqualTo("submit");
    String path = submitted.header("Location");
    String etag = submitted.etag();

    problem(client.post("demo-committee", path + "/acknowledge", "{\"on\":\"2025-09-16\"}", null), 428);
    Client.Reply ack = client.post("demo-committee", path + "/acknowledge", "{\"on\": \"2025-09-16\", \"reason\": \"received\"}", etag);
    assertThat(ack.status()).as(ack.body()).isEqualTo(200);
    problem(client.post("demo-committee", path + "/start-assessment", "{\"on\":\"2025-09-17\"}", etag), 412);
    Client.Reply assess = client.post("demo-committee", path + "/start-assessment", "{\"on\": \"2025-09-17\"}", ack.etag());
    problem(client.post("demo-committee", path + "/refuse", "{\"on\":\"2025-09-20\"}", assess.etag()), 409);
    Client.Reply badEnd = client.post("demo-committee", path + "/grant", "{\"on\":\"2025-10-01\",\"startDate\":\"2025-11-01\",\"endDate\":\"2026-06-30\"}", assess.etag());
    problem(badEnd, 400);
    assertThat(badEnd.json().get("errors").get(0).get("field").asText()).isEqualTo("endDate");
    Client.Reply noReason = client.post("demo-committee", path + "/grant",
        "{\"on\":\"2025-10-01\",\"startDate\":\"2025-11-01\",\"endDate\":\"2026-07-31\",\"fundingCategory\":\"HIGH\"}", assess.etag());
    problem(noReason, 400);
    assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("categoryOverrideReason");
    // R-TLV-2 (version 2): no grant on an incomplete dossier: 409 naming the rule and what is missing.
    Client.Reply incomplete = client.post("demo-committee", path + "/grant",
        "{\"on\": \"2025-10-01\", \"startDate\": \"2025-11-01\", \"endDate\": \"2026-07-31\"}", assess.etag());
    problem(incomplete, 409);
    assertThat(incomplete.json().get("ruleId").asText()).isEqualTo("R-TLV-2");
    assertThat(incomplete.json().get("missing").toString()).contains("GUARDIANS_VIEW", "2 different experts");
    Client.Reply filed = client.put("demo-committee", path + "/dossier", """
        {"items": ["EXPERT_ADVICE", "NINE_QUESTIONS_ADDRESSED", "GUARDIANS_VIEW", "EDUCATIONAL_REPORT", "FIRST_CHOICE_SCHOOL",
                   "SIGNATURES", "CONSENT_FORM"],
         "expertAdvices": [{"expertReference": "expert-1", "profession": "ORTHOPEDAGOGUE", "employerBrin": "99PE00", "givenOn": "2025-09-10"},
                           {"expertReference": "expert-2", "profession": "PSYCHOLOGIST", "givenOn": "2025-09-11"}]}""", assess.etag());
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    Client.Reply granted = client.post("demo-committee", path + "/grant",
        "{\"on\": \"2025-10-01\", \"reason\": \"criteria met\", \"startDate\": \"2025-11-01\", \"endDate\": \"2026-07-31\"}", filed.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    JsonNode g = granted.json();
    assertThat(g.get("state").asText()).isEqualTo("GRANTED");
    assertThat(g.get("statement").get("fundingCategory").asText()).isEqualTo("MEDIUM");
    assertThat(g.get("statement").get("endDate").asText()).isEqualTo("2026-07-31");
    assertThat(g.get("statement").get("number").asLong()).isPositive();
    JsonNode read = client.get("demo-board", path).json();
    assertThat(read.get("trail").findValuesAsText("action")).containsExactly("submit", "acknowledge", "start-assessment", "grant");
    assertThat(client.get("demo-partnership", "/api/v1/statements?partnershipId=po-22-01&endingBefore=2026-08-01").json().size()).isPositive();
    JsonNode audit = client.get("demo-auditor", "/api/v1/audit?subject=" + g.get("id").asText()).json();
    assertThat(audit.findValuesAsText("action")).contains("application.grant");
    problem(client.get("demo-school", "/api/v1/audit?subject=" + g.get("id").asText()), 403);
    problem(client.post("demo-committee", path + "/unknown-step", "{}", granted.etag()), 404);
  }

  @Test
  void committeeMemberOfTheApplyingSchoolAndStrangersAreRefused() {
    Client.Reply submitted = client.post("demo-partnership", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0025", "applyingSchoolBrin": "99PF00",
         "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String path = submitted.header("Location");
    problem(client.post("demo-committee", path + "/acknowledge", "{}", submitted.etag()), 403);
    problem(client.get("demo-committee", path), 403);
    problem(client.get("demo-school", path), 403);
    problem(client.get("demo-school", "/api/v1/students/demo-0025"), 403);
    problem(client.post("demo-school", "/api/v1/applications", """
        {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0025", "applyingSchoolBrin": "99PF00",
         "schoolType": "SBO", "receivedOn": "2025-09-15"}"""), 403);
  }

  @Test
  void casesAndTheMonitoringReport() {
    Client.Reply opened = client.post("demo-school", "/api/v1/placement-duty-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"new-1\",\"schoolBrin\":\"99PE00\",\"registeredOn\":\"" + LocalDate.now().minusWeeks(8) + "\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("status").asText()).isEqualTo("OVERDUE");
    JsonNode escalation = client.get("demo-partnership", "/api/v1/placement-duty-cases?partnershipId=po-22-01&overdue=true").json();
    assertThat(escalation.findValuesAsText("id")).contains(opened.json().get("id").asText());
    Client.Reply concluded = client.post("demo-board", opened.header("Location") + "/conclude",
        "{\"outcome\":\"ADMITTED\",\"reason\":\"admitted\"}", opened.etag());
    assertThat(concluded.json().get("status").asText()).as(concluded.body()).isEqualTo("CONCLUDED");
    Client.Reply home = client.post("demo-partnership", "/api/v1/out-of-school-cases",
        "{\"partnershipId\":\"po-22-01\",\"studentId\":\"demo-0003\",\"category\":\"LONG_TERM_RELATIVE_ABSENCE\",\"startedOn\":\"2025-01-06\","
            + "\"reason\":\"no fitting place\",\"coordinator\":\"coordinator-1\"}");
    assertThat(home.status()).as(home.body()).isEqualTo(201);
    Client.Reply escalated = client.post("demo-partnership", home.header("Location") + "/escalate", "{\"description\":\"stalls\"}", home.etag());
    assertThat(escalated.json().get("escalatedOn")).isNotNull();
    Client.Reply report = client.get("demo-partnership", "/api/v1/reports/monitoring?partnershipId=po-22-01&countDate=2025-10-01");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    JsonNode r = report.json();
    assertThat(r.get("studentsByType").get("BO").asInt()).isPositive();
    assertThat(r.get("participation").get("SBO").asText()).matches("\\d+\\.\\d{2}");
    assertThat(r.get("outOfSchool").get("count").asInt()).isPositive();
    problem(client.get("demo-school", "/api/v1/reports/monitoring?partnershipId=po-22-01&countDate=2025-10-01"), 403);
    problem(client.get("demo-auditor", "/api/v1/reports/monitoring?partnershipId=po-22-01&countDate=oops"), 400);
  }

  @Test
  void tooLargeBodiesAre413() {
    byte[] big = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    Client.Reply r = client.postExpectingContinue("demo-school", "/api/v1/policies/po-22-01/deadlines", "application/json", big);
    problem(r, 413);
  }

  @Test
  void unknownPathsAre404Problems() {
    problem(client.get("demo-school", "/api/v1/nothing-here"), 404);
  }

  @Test
  void theOpenApiDocumentIsValidOpenApi31() {
    Client.Reply r = client.get(null, "/api/v1/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/api/v1"));
    assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/applications/{id}/{action}", "/students/import",
        "/policies/{policyId}/eligibility/{scheme}", "/reports/monitoring", "/registrations", "/lwoo-designations");
    assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
  }
}
