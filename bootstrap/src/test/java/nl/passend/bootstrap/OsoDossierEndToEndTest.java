package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OSO dossiers over real HTTP: read and show, import the pupil, and refuse what is not a dossier (API.md "OSO dossiers"). */
class OsoDossierEndToEndTest {
  @RegisterExtension
  static final DemoServer demo = new DemoServer();
  private static Client client;
  private static String dossier;

  @BeforeAll
  static void start() {
    client = demo.client();
    try (InputStream in = OsoDossierEndToEndTest.class.getResourceAsStream("/dossiers/swv-full.xml")) {
      // The invented fixture's school is moved to the demo school 99PE00 of partnership po-22-01.
      dossier = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<brincode>99XA</brincode>", "<brincode>99PE</brincode>")
          .replace("<vestigingscode>01</vestigingscode>", "<vestigingscode>00</vestigingscode>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Client.Reply post(String token, String path, String contentType, String body) {
    return client.postBytes(token, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDossierIsReadAndItsAssessmentIsAnEligibilityBodyAsItStands() {
    Client.Reply read = post("demo-partnership", "/api/v1/oso-dossiers", "application/xml", dossier);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode d = read.json();
    assertThat(d.get("standardVersion").asText()).isEqualTo("2019.1");
    assertThat(d.get("transfer").asText()).isEqualTo("POSWV");
    assertThat(d.get("student").get("schoolBrin").asText()).isEqualTo("99PE00");
    assertThat(d.get("assessment").get("iq").asInt()).isEqualTo(78);
    assertThat(d.get("sources").findValuesAsText("test")).contains("IQTEST-A", "TL-2");
    assertThat(d.get("statements").get(0).get("fundingCategory").asText()).isEqualTo("MEDIUM");
    assertThat(d.get("withheld").toString()).contains("verzuim");
    assertThat(d.get("warnings").findValuesAsText("field")).contains("domains.READING_COMPREHENSION", "domains.ARITHMETIC", "iq");
    assertThat(read.body()).doesNotContain("111222333").doesNotContain("Testkind");

    Client.Reply eligibility = client.post("demo-partnership", "/api/v1/policies/po-22-01/eligibility/ZML", d.get("assessment").toString());
    assertThat(eligibility.status()).as(eligibility.body()).isEqualTo(200);
    assertThat(eligibility.json().get("rules").size()).isGreaterThan(1);
  }

  @Test
  void aPupilIsImportedWithItsCareerAllOrNothing() {
    Client.Reply imported = post("demo-partnership", "/api/v1/students/import-oso?partnershipId=po-22-01", "application/xml", dossier);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("studentId").asText()).isEqualTo("99PE00-L-4711");
    assertThat(imported.json().get("enrolments").asInt()).isEqualTo(1);
    JsonNode student = client.get("demo-partnership", "/api/v1/students/99PE00-L-4711").json();
    assertThat(student.get("dateOfBirth").asText()).isEqualTo("2013-06-12");
    assertThat(student.get("enrolments").get(0).get("from").asText()).isEqualTo("2021-08-01");
    assertThat(student.get("enrolments").get(0).get("until").isNull()).isTrue();

    // A school outside the actor's scope: the import is refused and nothing is stored.
    String elsewhere = dossier.replace("<brincode>99PE</brincode>", "<brincode>99PF</brincode>");
    Client.Reply refused = post("demo-school", "/api/v1/students/import-oso?partnershipId=po-22-01&studentId=oso-elsewhere", "application/xml",
        elsewhere);
    assertThat(refused.status()).as(refused.body()).isIn(400, 403);
    assertThat(client.get("demo-partnership", "/api/v1/students/oso-elsewhere").status()).isEqualTo(404);
  }

  @Test
  void theFactsOfADossierAreKeptWithAnApplicationAndItsEligibilityIsEvaluatedOnThem() {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\":\"po-22-01\",\"partnershipId\":\"po-22-01\","
        + "\"studentId\":\"demo-0004\",\"applyingSchoolBrin\":\"99PE00\",\"schoolType\":\"SO\",\"specialNeedsType\":\"ZML\","
        + "\"receivedOn\":\"" + java.time.LocalDate.now().minusDays(3) + "\"}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String app = submitted.header("Location");
    problem(client.get("demo-school", app + "/eligibility"), 404);
    Client.Reply kept = post("demo-school", app + "/dossier/oso", "application/xml", dossier);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().get("assessment").get("iq").asInt()).isEqualTo(78);
    assertThat(kept.json().get("version").asInt()).isEqualTo(1);
    assertThat(kept.body()).doesNotContain("111222333");
    Client.Reply eligibility = client.get("demo-partnership", app + "/eligibility");
    assertThat(eligibility.status()).as(eligibility.body()).isEqualTo(200);
    JsonNode evaluation = eligibility.json().get("evaluation");
    assertThat(evaluation.get("scheme").asText()).isEqualTo("ZML");
    assertThat(evaluation.get("rules").findValuesAsText("id")).anyMatch(id -> id.startsWith("R-CRI-C3-ZML"));
    assertThat(eligibility.json().get("sources").findValuesAsText("test")).contains("IQTEST-A");
    // Keeping again replaces the facts and counts a version; another partnership's staff learn nothing.
    assertThat(post("demo-school", app + "/dossier/oso", "application/xml", dossier).json().get("version").asInt()).isEqualTo(2);
    problem(client.get("demo-auditor", app + "/eligibility"), 403);
    problem(post("demo-school", "/api/v1/applications/app-none/dossier/oso", "application/xml", dossier), 404);
  }

  @Test
  void whatIsNotADossierIsAProblemNamingWhere() {
    problem(post("demo-partnership", "/api/v1/oso-dossiers", "application/json", "{}"), 415);
    Client.Reply notXml = post("demo-partnership", "/api/v1/oso-dossiers", "application/xml", "not xml");
    problem(notXml, 400);
    assertThat(notXml.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
    Client.Reply dtd = post("demo-partnership", "/api/v1/oso-dossiers", "application/xml",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>");
    problem(dtd, 400);
    assertThat(dtd.body()).doesNotContain("root:");
    Client.Reply missing = post("demo-partnership", "/api/v1/oso-dossiers", "application/xml",
        dossier.replace("<standaardversie>2019.1</standaardversie>", ""));
    problem(missing, 400);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("/dossier/metadata/standaardversie");
    problem(post("demo-partnership", "/api/v1/oso-dossiers", "application/xml", dossier.replace("oso_gegevensset/2019/dossier", "other/dossier")), 400);
    problem(post(null, "/api/v1/oso-dossiers", "application/xml", dossier), 401);
    problem(post("demo-admin", "/api/v1/oso-dossiers", "application/xml", dossier), 403);
  }
}
