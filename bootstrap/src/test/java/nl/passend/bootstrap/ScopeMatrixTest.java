package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scope matrix of writes (R-INT-1, R-INT-2, issue 24): every actor of partnership A tries every
 * write path on a student of partnership B, and on a student id that exists nowhere. For each path
 * and actor the answer for B's student must not differ from the answer for the unknown student
 * (status, and the body once the id is masked), must never be a success, and must not name B's
 * school or the student's date of birth. Afterwards B's student and B's lists are unchanged. The
 * matrix runs on the embedded H2 database (the default) and on PostgreSQL.
 *
 * <p>Two paths answer differently by contract and are checked for what they reveal only: an import
 * row for a stored student outside the scope is refused as a whole with 403 before any comparison
 * (R-INT-1), while an unknown id is a new student; and an application by a school without enrolment
 * or registration of the student names the schools that may apply (API 1.1, R-TLV-1).
 */
class ScopeMatrixTest {
  /** The actors of partnership A, by token. */
  private static final List<String> ACTORS = List.of("staff-a-token", "committee-a-token", "board-a-token", "school-a-token", "auditor-a-token");
  private static final String B_STUDENT = "b-student-1";
  private static final String UNKNOWN = "zz-nobody-9";
  private static final String B_SCHOOL = "99SB00";
  private static final String B_BIRTH = "2014-05-06";

  @TempDir
  Path dir;

  @Test
  void noActorOfOnePartnershipWritesToOrLearnsAboutAnothersStudent_onH2() throws Exception {
    Map<String, String> env = TestDatabases.h2(dir);
    run(env);
  }

  @Test
  void noActorOfOnePartnershipWritesToOrLearnsAboutAnothersStudent_onPostgres() throws Exception {
    Assumptions.assumeTrue(TestDatabases.postgresEnabled(), "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does)");
    TestDatabases.onFreshPostgres(this::run);
  }

  private void run(Map<String, String> base) throws Exception {
    Path tokens = dir.resolve("tokens.csv");
    Files.writeString(tokens, String.join("\n",
        "admin-token,ADMINISTRATOR,PARTNERSHIP,-",
        "staff-a-token,PARTNERSHIP_STAFF,PARTNERSHIP,p-a",
        "committee-a-token,COMMITTEE_MEMBER,COMMITTEE,p-a",
        "board-a-token,BOARD_OFFICER,BOARD,b-a",
        "school-a-token,SCHOOL_STAFF,SCHOOL,99SA00",
        "auditor-a-token,AUDITOR,PARTNERSHIP,p-a",
        "staff-b-token,PARTNERSHIP_STAFF,PARTNERSHIP,p-b", ""));
    Map<String, String> env = new java.util.HashMap<>(base);
    env.put("PASSEND_DEMO", "false");
    env.put("PASSEND_TOKENS_FILE", tokens.toString());
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      setUp(client);
      String before = client.get("staff-b-token", "/api/v1/students/" + B_STUDENT).body();

      List<String> leaks = new ArrayList<>();
      for (String actor : ACTORS) {
        for (Write w : writes()) {
          Client.Reply other = w.send(client, actor, B_STUDENT);
          Client.Reply unknown = w.send(client, actor, UNKNOWN);
          String where = actor + " " + w.name();
          if (other.status() < 400) {
            leaks.add(where + ": wrote to another partnership's student (" + other.status() + ")");
          }
          if (other.status() != unknown.status() || !masked(other.body(), B_STUDENT).equals(masked(unknown.body(), UNKNOWN))) {
            leaks.add(where + ": answers " + other.status() + " " + other.body() + " for B's student but " + unknown.status() + " "
                + unknown.body() + " for an unknown one");
          }
          if (reveals(other.body(), w.body())) {
            leaks.add(where + ": reveals B's school or the date of birth: " + other.body());
          }
        }
        // By contract: an import row for B's stored student is refused as a whole with 403, revealing nothing.
        Client.Reply imported = client.csv(actor, "/api/v1/students/import?partnershipId=p-a",
            "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n" + B_STUDENT + ",2014-01-01,99SA00,BO,2020-08-01,\n");
        if (imported.status() < 400 || reveals(imported.body(), "") || imported.body().contains("differs")) {
          leaks.add(actor + " import: " + imported.status() + " " + imported.body());
        }
      }
      assertThat(leaks).as("leaks and out-of-scope writes").isEmpty();

      // Nothing of B changed: the student, and B's case lists.
      assertThat(client.get("staff-b-token", "/api/v1/students/" + B_STUDENT).body()).isEqualTo(before);
      assertThat(client.get("staff-b-token", "/api/v1/out-of-school-cases?partnershipId=p-b").body()).doesNotContain(B_STUDENT);
      assertThat(client.get("staff-b-token", "/api/v1/placement-duty-cases?partnershipId=p-b").body()).doesNotContain(B_STUDENT);
    }
  }

  /** One write path, sent for a student id. */
  private record Write(String name, String method, String path, String body) {
    Client.Reply send(Client client, String token, String student) {
      return client.send(token, method, path, "application/json", body.replace("{student}", student).getBytes(java.nio.charset.StandardCharsets.UTF_8),
          null);
    }
  }

  private static List<Write> writes() {
    return List.of(
        new Write("exemption in A", "POST", "/api/v1/exemptions",
            "{\"partnershipId\": \"p-a\", \"studentId\": \"{student}\", \"ground\": \"ART_5A_PHYSICAL_PSYCHOLOGICAL\", \"from\": \"2025-09-01\"}"),
        new Write("exemption in B", "POST", "/api/v1/exemptions",
            "{\"partnershipId\": \"p-b\", \"studentId\": \"{student}\", \"ground\": \"ART_5A_PHYSICAL_PSYCHOLOGICAL\", \"from\": \"2025-09-01\"}"),
        new Write("out-of-school case in B", "POST", "/api/v1/out-of-school-cases",
            "{\"partnershipId\": \"p-b\", \"studentId\": \"{student}\", \"category\": \"LONG_TERM_RELATIVE_ABSENCE\", \"startedOn\": \"2025-09-01\","
                + " \"reason\": \"at home\", \"coordinator\": \"c-1\"}"),
        new Write("placement duty at B's school", "POST", "/api/v1/placement-duty-cases",
            "{\"partnershipId\": \"p-a\", \"studentId\": \"{student}\", \"schoolBrin\": \"" + B_SCHOOL + "\", \"registeredOn\": \"2025-09-01\"}"),
        new Write("placement duty in B", "POST", "/api/v1/placement-duty-cases",
            "{\"partnershipId\": \"p-b\", \"studentId\": \"{student}\", \"schoolBrin\": \"" + B_SCHOOL + "\", \"registeredOn\": \"2025-09-01\"}"),
        new Write("application in B", "POST", "/api/v1/applications",
            "{\"policyId\": \"po-22-01\", \"partnershipId\": \"p-b\", \"studentId\": \"{student}\", \"applyingSchoolBrin\": \"" + B_SCHOOL
                + "\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}"),
        new Write("LWOO designation in A", "POST", "/api/v1/lwoo-designations",
            "{\"partnershipId\": \"p-a\", \"studentId\": \"{student}\", \"schoolBrin\": \"99SA00\", \"receivedOn\": \"2025-09-01\","
                + " \"assessment\": {\"assessmentDate\": \"2025-08-01\", \"iq\": 85}}"),
        new Write("LWOO designation in B", "POST", "/api/v1/lwoo-designations",
            "{\"partnershipId\": \"p-b\", \"studentId\": \"{student}\", \"schoolBrin\": \"" + B_SCHOOL + "\", \"receivedOn\": \"2025-09-01\","
                + " \"assessment\": {\"assessmentDate\": \"2025-08-01\", \"iq\": 85}}"),
        new Write("registration at B's school", "POST", "/api/v1/registrations",
            "{\"studentId\": \"{student}\", \"schoolBrin\": \"" + B_SCHOOL + "\", \"registeredOn\": \"2025-09-01\"}"));
  }

  private static String masked(String body, String student) {
    return body.replace(student, "<student>").replaceAll("\"instance\":\"[^\"]*\"", "");
  }

  /** Whether an answer names B's school (when the request did not) or the student's date of birth. */
  private static boolean reveals(String body, String request) {
    return body.contains(B_SCHOOL) && !request.contains(B_SCHOOL) || body.contains(B_BIRTH);
  }

  private static void setUp(Client client) {
    for (String[] p : new String[][] {{"p-a", "A"}, {"p-b", "B"}}) {
      created(client.post("admin-token", "/api/v1/partnerships",
          "{\"id\": \"" + p[0] + "\", \"name\": \"Partnership " + p[1] + "\", \"sector\": \"PO\", \"policyId\": \"po-22-01\"}"));
    }
    created(client.post("admin-token", "/api/v1/boards", "{\"id\": \"b-a\", \"name\": \"Board A\", \"partnershipIds\": [\"p-a\"]}"));
    created(client.post("admin-token", "/api/v1/boards", "{\"id\": \"b-b\", \"name\": \"Board B\", \"partnershipIds\": [\"p-b\"]}"));
    created(client.post("admin-token", "/api/v1/schools", "{\"brin\": \"99SA00\", \"name\": \"School A\", \"boardId\": \"b-a\", \"schoolType\": \"BO\"}"));
    created(client.post("admin-token", "/api/v1/schools", "{\"brin\": \"" + B_SCHOOL + "\", \"name\": \"School B\", \"boardId\": \"b-b\", \"schoolType\": \"BO\"}"));
    Client.Reply b = client.csv("staff-b-token", "/api/v1/students/import?partnershipId=p-b",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n" + B_STUDENT + "," + B_BIRTH + "," + B_SCHOOL + ",BO,2019-08-01,\n");
    assertThat(b.status()).as(b.body()).isEqualTo(200);
    Client.Reply a = client.csv("staff-a-token", "/api/v1/students/import?partnershipId=p-a",
        "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\na-student-1,2014-02-03,99SA00,BO,2019-08-01,\n");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
  }

  private static void created(Client.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }
}
