package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, endpoint by endpoint (R-PRIV-1): for each endpoint the expected status without a
 * token and with each demo token, in the order of {@link #TOKENS}. The demo school is 99PE00 of board
 * 13785; 99PF00 belongs to board 32073 and is the school the demo committee member works at.
 */
class AccessControlTest {
  /** No token, then the six demo actors. */
  private static final String[] TOKENS = {null, "demo-admin", "demo-partnership", "demo-committee", "demo-board", "demo-school", "demo-auditor"};
  private static PassendServer server;
  private static Client client;
  private static String ownApplication;
  private static String otherApplication;

  @BeforeAll
  static void start() {
    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    server = PassendServer.create(env).start();
    client = new Client(server.port());
    ownApplication = client.post("demo-school", "/api/v1/applications", application("demo-0001", "99PE00")).header("Location");
    otherApplication = client.post("demo-partnership", "/api/v1/applications", application("demo-0021", "99PF00")).header("Location");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String application(String student, String school) {
    return "{\"policyId\":\"po-22-01\",\"partnershipId\":\"po-22-01\",\"studentId\":\"" + student + "\",\"applyingSchoolBrin\":\"" + school
        + "\",\"schoolType\":\"SBO\",\"receivedOn\":\"2025-09-15\"}";
  }

  private record Row(String method, String path, String body, String expected) {}

  /**
   * An outsider learns nothing from the status: for the lists of another partnership's cases, statements
   * and report, the staff of po-22-01 (and a school) get the same answer whether that partnership
   * exists (vo-22-01) or not (vo-99-99), because the use case authorises before it reads anything.
   */
  @Test
  void anOutsiderGetsTheSameAnswerForAnExistingAndAMissingPartnership() {
    String[] queries = {"/api/v1/placement-duty-cases?partnershipId=%s", "/api/v1/out-of-school-cases?partnershipId=%s",
        "/api/v1/statements?partnershipId=%s&endingBefore=2026-08-01", "/api/v1/reports/monitoring?partnershipId=%s&countDate=2025-10-01",
        "/api/v1/lwoo-designations?partnershipId=%s"};
    for (String token : new String[] {"demo-partnership", "demo-school", "demo-committee", "demo-auditor"}) {
      for (String query : queries) {
        Client.Reply existing = client.get(token, String.format(query, "vo-22-01"));
        Client.Reply missing = client.get(token, String.format(query, "vo-99-99"));
        assertThat(existing.status()).as("%s %s", token, query).isEqualTo(403);
        assertThat(missing.status()).as("%s %s", token, query).isEqualTo(existing.status());
        assertThat(missing.json().get("detail").asText()).as("%s %s", token, query).isEqualTo(existing.json().get("detail").asText());
      }
    }
  }

  @Test
  void readsFollowTheActorsScope() {
    List<Row> rows = List.of(
        new Row("GET", "/api/v1/health", null, "200 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/openapi.json", null, "200 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/policies", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/policies/po-22-01", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/partnerships/po-22-01", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/boards/13785", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/schools/99PE00", null, "401 200 200 200 200 200 200"),
        // a student: the own school, its board and the partnership; nobody else
        new Row("GET", "/api/v1/students/demo-0001", null, "401 403 200 403 200 200 403"),
        // a student of another school of another board: only the partnership
        new Row("GET", "/api/v1/students/demo-0021", null, "401 403 200 403 403 403 403"),
        // an application of 99PE00: its school, board, the partnership and an independent committee member
        new Row("GET", "OWN", null, "401 403 200 200 200 200 403"),
        // an application of 99PF00: the committee member works there, so they are kept out (R-PRIV-1)
        new Row("GET", "OTHER", null, "401 403 200 403 403 403 403"),
        // statements: the partnership and its committee, which issues them
        new Row("GET", "/api/v1/statements?partnershipId=po-22-01&endingBefore=2026-08-01", null, "401 403 200 200 403 403 403"),
        new Row("GET", "/api/v1/placement-duty-cases?partnershipId=po-22-01", null, "401 403 200 403 403 403 403"),
        new Row("GET", "/api/v1/out-of-school-cases?partnershipId=po-22-01", null, "401 403 200 403 403 403 403"),
        new Row("GET", "/api/v1/reports/monitoring?partnershipId=po-22-01&countDate=2025-10-01", null, "401 403 200 403 403 403 200"),
        new Row("GET", "/api/v1/audit?subject=x", null, "401 403 200 403 403 403 200"));
    check(rows);
  }

  @Test
  void changesFollowTheActorsRole() {
    List<Row> rows = List.of(
        new Row("POST", "/api/v1/policies/po-22-01/deadlines", "{\"procedure\":\"ADMISSIBILITY_DECISION\",\"receivedOn\":\"2025-03-03\"}",
            "401 200 200 200 200 200 200"),
        new Row("POST", "/api/v1/monitoring/participation", "{\"counts\":{\"BO\":10},\"denominator\":[\"BO\"]}", "401 200 200 200 200 200 200"),
        // organisation is registered by the administrator only
        new Row("POST", "/api/v1/partnerships", "{\"id\":\"ac-TOKEN\",\"name\":\"AC\",\"sector\":\"PO\",\"policyId\":\"po-22-01\"}",
            "401 201 403 403 403 403 403"),
        // another school's student cannot be applied for by a school or board outside it
        new Row("POST", "/api/v1/applications", application("demo-0022", "99PF00"), "401 403 201 403 403 403 403"),
        // students are imported by the partnership, and by a school or board for its own schools only (API.md §Students)
        new Row("POST", "/api/v1/students/import?partnershipId=po-22-01", "99PE00", "401 403 200 403 200 200 403"),
        new Row("POST", "/api/v1/students/import?partnershipId=po-22-01", "99PF00", "401 403 200 403 403 403 403"));
    check(rows);
  }

  @Test
  void everyOtherEndpoint() {
    String eligibility = "{\"assessmentDate\":\"2025-03-01\",\"iq\":62}";
    List<Row> rows = List.of(
        new Row("GET", "/api/v1/partnerships", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/boards", null, "401 200 200 200 200 200 200"),
        new Row("GET", "/api/v1/schools", null, "401 200 200 200 200 200 200"),
        new Row("POST", "/api/v1/policies/po-22-01/eligibility/ZML", eligibility, "401 200 200 200 200 200 200"),
        new Row("POST", "/api/v1/funding/distribution", "{\"amount\":\"100.00\",\"roundTo\":\"1.00\",\"shares\":{\"a\":1,\"b\":2}}",
            "401 200 200 200 200 200 200"),
        new Row("POST", "/api/v1/funding/special-education-deduction", "{\"policyId\":\"vo-31-02\",\"counts\":{\"LOW\":1}}",
            "401 200 200 200 200 200 200"),
        // organisation: the administrator only
        new Row("POST", "/api/v1/boards", "{\"id\":\"acb-TOKEN\",\"name\":\"B\",\"partnershipIds\":[\"po-22-01\"]}", "401 201 403 403 403 403 403"),
        new Row("POST", "/api/v1/schools", "{\"brin\":\"98AA0TOKEN\",\"name\":\"S\",\"boardId\":\"13785\",\"schoolType\":\"BO\"}",
            "401 201 403 403 403 403 403"),
        new Row("PUT", "/api/v1/boards/32073 {ETAG admin}", "{\"id\":\"32073\",\"name\":\"Renamed\",\"partnershipIds\":[\"po-22-01\"]}",
            "401 200 403 403 403 403 403"),
        new Row("PUT", "/api/v1/schools/99PF00 {ETAG admin}", "{\"brin\":\"99PF00\",\"name\":\"Renamed\",\"boardId\":\"32073\",\"schoolType\":\"BO\"}",
            "401 200 403 403 403 403 403"),
        // exemptions of a student: the partnership (which registers them), not the school
        new Row("POST", "/api/v1/exemptions", "{\"partnershipId\":\"po-22-01\",\"studentId\":\"demo-0003\",\"ground\":\"ART_5A_PHYSICAL_PSYCHOLOGICAL\","
            + "\"from\":\"2025-09-01\"}", "401 403 201 403 403 403 403"),
        // an application's dossier and its steps (a fresh application of 99PE00 for each call)
        new Row("PUT", "{NEW_APP}/dossier", "{\"items\":[\"GUARDIANS_VIEW\"]}", "401 403 200 200 200 200 403"),
        new Row("POST", "{NEW_APP}/acknowledge", "{\"on\":\"2025-09-16\"}", "401 403 200 200 403 403 403"),
        // placement duty of 99PE00 (R-ZP): the school, its board and the partnership
        new Row("POST", "/api/v1/placement-duty-cases", "{\"partnershipId\":\"po-22-01\",\"studentId\":\"pd-TOKEN\",\"schoolBrin\":\"99PE00\","
            + "\"registeredOn\":\"2025-09-01\"}", "401 403 201 403 201 201 403"),
        new Row("GET", "{NEW_DUTY}", null, "401 403 200 403 200 200 403"),
        new Row("POST", "{NEW_DUTY}/conclude", "{\"outcome\":\"ADMITTED\",\"reason\":\"admitted\"}", "401 403 200 403 200 200 403"),
        // out-of-school cases: the partnership's coordination
        new Row("POST", "/api/v1/out-of-school-cases", "{\"partnershipId\":\"po-22-01\",\"studentId\":\"demo-0004\",\"category\":"
            + "\"LONG_TERM_RELATIVE_ABSENCE\",\"startedOn\":\"2025-01-06\",\"reason\":\"r\",\"coordinator\":\"c-1\"}", "401 403 201 403 403 403 403"),
        new Row("GET", "{NEW_OOS}", null, "401 403 200 403 403 403 403"),
        new Row("POST", "{NEW_OOS}/escalate", "{\"description\":\"stalls\"}", "401 403 200 403 403 403 403"),
        new Row("POST", "/api/v1/retention/purge?partnershipId=po-22-01", "", "401 403 200 403 403 403 403"));
    check(rows);
  }

  private static void check(List<Row> rows) {
    List<String> mismatches = new ArrayList<>();
    for (Row row : rows) {
      String[] expected = row.expected().split(" ");
      StringBuilder actual = new StringBuilder();
      for (int i = 0; i < TOKENS.length; i++) {
        String token = TOKENS[i];
        String path = resolve(row.path());
        String ifMatch = null;
        if (path.contains(" {ETAG ")) {
          String reader = "demo-" + path.substring(path.indexOf("{ETAG ") + 6, path.length() - 1);
          path = path.substring(0, path.indexOf(" {ETAG "));
          ifMatch = client.get(reader, path).etag();
        } else {
          java.util.regex.Matcher resource = VERSIONED.matcher(path);
          if (resource.matches() && !row.method().equals("GET")) {
            ifMatch = client.get("demo-partnership", resource.group(1)).etag();
          }
        }
        Client.Reply reply;
        if (row.method().equals("PUT")) {
          reply = client.put(token, path, row.body().replace("TOKEN", String.valueOf(i)), ifMatch);
        } else if (row.method().equals("GET")) {
          reply = client.get(token, path);
        } else if (path.contains("/students/import")) {
          reply = client.csv(token, path, "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\nac-" + row.body() + "-" + i
              + ",2016-02-03," + row.body() + ",BO,2020-08-01,\n");
        } else {
          reply = client.post(token, path, row.body().replace("TOKEN", String.valueOf(i)), ifMatch);
        }
        actual.append(i == 0 ? "" : " ").append(reply.status());
        if (expected.length == 1) {
          continue;
        }
        if (reply.status() != Integer.parseInt(expected[i])) {
          mismatches.add(row.method() + " " + row.path() + " as " + token + ": " + reply.status() + " (expected " + expected[i] + ")");
        }
        if (reply.status() >= 400) {
          assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
      }
      if (expected.length == 1) {
        mismatches.add(row.method() + " " + row.path() + " has no expectation yet; actual: " + actual);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static final java.util.regex.Pattern VERSIONED =
      java.util.regex.Pattern.compile("(/api/v1/(?:applications|placement-duty-cases|out-of-school-cases)/[^/]+)(/.*)?");
  private static int fresh;

  /** Placeholders for resources made afresh for each call, so that one caller's change does not decide the next one's answer. */
  private static String resolve(String path) {
    fresh++;
    if (path.equals("OWN")) {
      return ownApplication;
    }
    if (path.equals("OTHER")) {
      return otherApplication;
    }
    if (path.startsWith("{NEW_APP}")) {
      String app = client.post("demo-partnership", "/api/v1/applications", application(String.format("demo-%04d", 1 + fresh % 20), "99PE00"))
          .header("Location");
      return app + path.substring("{NEW_APP}".length());
    }
    if (path.startsWith("{NEW_DUTY}")) {
      String duty = client.post("demo-school", "/api/v1/placement-duty-cases", "{\"partnershipId\":\"po-22-01\",\"studentId\":\"new-" + fresh
          + "\",\"schoolBrin\":\"99PE00\",\"registeredOn\":\"2025-09-01\"}").header("Location");
      return duty + path.substring("{NEW_DUTY}".length());
    }
    if (path.startsWith("{NEW_OOS}")) {
      String oos = client.post("demo-partnership", "/api/v1/out-of-school-cases", "{\"partnershipId\":\"po-22-01\",\"studentId\":\""
          + "oos-" + fresh + "\",\"category\":\"LONG_TERM_RELATIVE_ABSENCE\",\"startedOn\":\"2025-01-06\","
          + "\"reason\":\"r\",\"coordinator\":\"c-1\"}").header("Location");
      return oos + path.substring("{NEW_OOS}".length());
    }
    return path;
  }
}
