package nl.passend.bootstrap;

import static nl.passend.bootstrap.ServerEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The decision letter over HTTP (GET /applications/{id}/letter): 409 before a decision, then a PDF with its required parts (R-DL-6). */
class LetterEndToEndTest {
  @RegisterExtension
  static final DemoServer demo = new DemoServer();
  private static Client client;

  @BeforeAll
  static void start() {
    client = demo.client();
  }

  @Test
  void aGrantedApplicationHasItsLetterAsAPdf() throws Exception {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
        + " \"studentId\": \"demo-0013\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
    String path = submitted.header("Location");
    problem(client.get("demo-school", path + "/letter"), 409);
    Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
        java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
    // The facts the committee weighed, recorded with the application: the letter explains the criteria applied to them.
    Client.Reply facts = client.put("demo-school", path + "/assessment", "{\"assessmentDate\": \"2025-09-20\", \"iq\": 72, \"findings\":"
        + " {\"educationalReportPresent\": true, \"schoolReachedLimits\": true, \"specificLearningDisorder\": true, \"learningDelay\": true}}", null);
    assertThat(facts.status()).as(facts.body()).isEqualTo(200);
    Client.Reply granted = client.post("demo-committee", path + "/grant",
        "{\"on\": \"2025-10-01\", \"reason\": \"De leerling is aangewezen op speciaal basisonderwijs.\", \"startDate\": \"2025-11-01\","
            + " \"endDate\": \"2026-07-31\"}", client.get("demo-school", path).etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + path + "/letter"))
        .header("Authorization", "Bearer demo-school").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    String text = text(pdf.body());
    assertThat(text).contains("Beschikking: toelaatbaarheidsverklaring afgegeven", "speciaal basisonderwijs (SBO)",
        "De leerling is aangewezen op speciaal basisonderwijs.", "Volgnummer " + granted.json().get("statement").get("number").asText(),
        "1 november 2025", "31 juli 2026", "WPO art. 18a", "uiterlijk op 12 november 2025", "Landelijke Bezwaaradviescommissie",
        "Toetsing aan de criteria", "getoetst aan de criteria voor speciaal basisonderwijs (SBO) van het ondersteuningsplan (versie van 30 maart 2016)",
        "De commissie weegt de richtlijnen af;", "Er geldt geen uitsluitingsgrond: een IQ onder 55", "Profiel 2: een IQ van 60 tot en met 75");
    assertThat(text).doesNotContain("The IQ", "Profile ");
    assertThat(text).doesNotContain("demo-0013");
    problem(client.get("demo-auditor", path + "/letter"), 403);
  }

  /**
   * Awb 2:14: a decision goes by e-mail only to who asked for it, so an addressee may have a postal
   * address instead. The partnership's staff list those letters, print each PDF and mark it printed,
   * which erases the name and address from the outbox; the mail dispatcher never takes them.
   */
  @Test
  void aLetterByPostIsListedPrintedAndThenErased() throws Exception {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
        + " \"studentId\": \"demo-0014\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
    String path = submitted.header("Location");
    Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
        java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
    String grant = "{\"on\": \"2025-10-01\", \"reason\": \"Aangewezen op speciaal basisonderwijs.\", \"startDate\": \"2025-11-01\","
        + " \"endDate\": \"2026-07-31\", \"addressees\": [%s]}";
    Client.Reply both = client.post("demo-committee", path + "/grant", grant.formatted("{\"role\": \"GUARDIANS\", \"name\": \"Fam. Voorbeeld\","
        + " \"email\": \"ouders@example.org\", \"postalAddress\": \"Voorbeeldstraat 1\\n9999 ZZ Voorbeeldstad\"}, {\"role\": \"SCHOOL\","
        + " \"name\": \"Directie\", \"postalAddress\": \"one line only\"}"), filed.etag());
    problem(both, 400);
    assertThat(both.json().get("errors").findValuesAsText("field")).containsExactly("addressees[0].email", "addressees[1].postalAddress");
    Client.Reply granted = client.post("demo-committee", path + "/grant", grant.formatted("{\"role\": \"GUARDIANS\", \"name\": \"Fam. Voorbeeld\","
        + " \"postalAddress\": \"Voorbeeldstraat 1\\n9999 ZZ Voorbeeldstad\"}, {\"role\": \"SCHOOL\", \"name\": \"Directie\","
        + " \"email\": \"directie@example.org\"}"), filed.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);

    Client.Reply toPrint = client.get("demo-partnership", "/api/v1/letters/to-print?partnershipId=po-22-01");
    assertThat(toPrint.status()).as(toPrint.body()).isEqualTo(200);
    com.fasterxml.jackson.databind.JsonNode item = java.util.stream.StreamSupport.stream(toPrint.json().get("items").spliterator(), false)
        .filter(i -> i.get("subject").asText().equals(granted.json().get("id").asText())).findFirst().orElseThrow();
    assertThat(item.get("role").asText()).isEqualTo("GUARDIANS");
    assertThat(item.get("name").asText()).isEqualTo("Fam. Voorbeeld");
    assertThat(item.get("postalAddress").asText()).isEqualTo("Voorbeeldstraat 1\n9999 ZZ Voorbeeldstad");
    problem(client.get("demo-school", "/api/v1/letters/to-print?partnershipId=po-22-01"), 403);
    String letter = "/api/v1/letters/" + item.get("id").asText();
    problem(client.get("demo-school", letter + "/document"), 403);
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + letter
        + "/document")).header("Authorization", "Bearer demo-partnership").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("Beschikking: toelaatbaarheidsverklaring afgegeven", "Aangewezen op speciaal basisonderwijs.");

    Client.Reply printed = client.post("demo-partnership", letter + "/printed", "");
    assertThat(printed.status()).as(printed.body()).isEqualTo(200);
    assertThat(printed.json().get("status").asText()).isEqualTo("SENT");
    assertThat(printed.body()).doesNotContain("Voorbeeldstraat", "Fam. Voorbeeld");
    problem(client.post("demo-partnership", letter + "/printed", ""), 409);
    problem(client.get("demo-partnership", letter + "/document"), 409);
    assertThat(client.get("demo-partnership", "/api/v1/letters/to-print?partnershipId=po-22-01").body()).doesNotContain(item.get("id").asText());
    Client.Reply deliveries = client.get("demo-school", path + "/letters");
    assertThat(deliveries.json().get("items").findValuesAsText("status")).containsExactlyInAnyOrder("SENT", "PENDING");
    String audit = client.get("demo-auditor", "/api/v1/audit?subject=" + granted.json().get("id").asText()).body();
    assertThat(audit).contains("letter.queued", "letter.printed").doesNotContain("Voorbeeldstraat", "Fam. Voorbeeld");
  }

  /** The sender's postal address is the partnership's setting, changed by its staff with the version read (R-DL-6). */
  @Test
  void thePartnershipsStaffChangeTheSendersAddressAndTheNextLetterCarriesIt() throws Exception {
    Client.Reply partnership = client.get("demo-partnership", "/api/v1/partnerships/po-22-01");
    String address = "{\"postalAddress\": \"Postbus 1234\\n9999 AA Voorbeeldstad\"}";
    String target = "/api/v1/partnerships/po-22-01/postal-address";
    problem(client.send("demo-partnership", "PUT", target, "application/json", address.getBytes(java.nio.charset.StandardCharsets.UTF_8), null), 428);
    problem(client.put("demo-school", target, address, partnership.etag()), 403);
    problem(client.put("demo-partnership", "/api/v1/partnerships/vo-22-01/postal-address", address, "\"1\""), 403);
    problem(client.put("demo-partnership", "/api/v1/partnerships/no-such-one/postal-address", address, "\"1\""), 403);
    Client.Reply tooLong = client.put("demo-partnership", target, "{\"postalAddress\": \"1\\n2\\n3\\n4\\n5\\n6\"}", partnership.etag());
    problem(tooLong, 400);
    assertThat(tooLong.json().get("errors").findValuesAsText("field")).containsExactly("postalAddress");
    Client.Reply changed = client.put("demo-partnership", target, address, partnership.etag());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("postalAddress").asText()).isEqualTo("Postbus 1234\n9999 AA Voorbeeldstad");
    assertThat(changed.etag()).isNotEqualTo(partnership.etag());
    problem(client.put("demo-partnership", target, address, partnership.etag()), 412);

    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
        + " \"studentId\": \"demo-0016\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
    String path = submitted.header("Location");
    Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
        java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
    assertThat(client.post("demo-committee", path + "/grant", "{\"on\": \"2025-10-01\", \"startDate\": \"2025-11-01\","
        + " \"endDate\": \"2026-07-31\"}", filed.etag()).status()).isEqualTo(200);
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + path + "/letter"))
        .header("Authorization", "Bearer demo-school").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(text(pdf.body())).contains("Postbus 1234 9999 AA Voorbeeldstad", "Postbus 1234, 9999 AA Voorbeeldstad.");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
