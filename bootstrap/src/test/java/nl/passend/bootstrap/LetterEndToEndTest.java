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

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
