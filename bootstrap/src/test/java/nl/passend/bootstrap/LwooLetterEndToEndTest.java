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

/**
 * The decision letter of an LWOO designation over HTTP (R-LWOO-2: decided like an application, with
 * reasons and the objection route): 409 before the decision, then a PDF with the designation's first
 * day, the LWOO criteria applied to the facts in Dutch, the legal basis and the objection clause; the
 * grant's addressees get the letter through the outbox.
 */
class LwooLetterEndToEndTest {
  @RegisterExtension
  static final DemoServer demo = DemoServer.withTokens("vo-staff,PARTNERSHIP_STAFF,PARTNERSHIP,vo-22-01\nvo-auditor,AUDITOR,PARTNERSHIP,vo-22-01\n");
  private static Client client;

  @BeforeAll
  static void start() {
    client = demo.client();
  }

  @Test
  void aGrantedDesignationHasItsLetterAsAPdfAndItsAddresseesGetIt() throws Exception {
    Client.Reply submitted = client.lwooRequest("vo-staff", "b-vo-letter", "99VL00", "vo-letter-1");
    String path = submitted.header("Location");
    problem(client.get("vo-staff", path + "/letter"), 409);

    // Addressees belong to a deciding step only; a bad one is named and nothing is decided.
    Client.Reply bad = client.post("vo-staff", path + "/grant", "{\"on\": \"2024-04-20\", \"startDate\": \"2024-08-01\", \"addressees\":"
        + " [{\"role\": \"GUARDIANS\", \"name\": \"Fam. Voorbeeld\", \"email\": \"no-address\"}]}", submitted.etag());
    problem(bad, 400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("addressees[0].email");
    Client.Reply granted = client.post("vo-staff", path + "/grant", "{\"on\": \"2024-04-20\", \"reason\": \"De leerling voldoet aan de criteria.\","
        + " \"startDate\": \"2024-08-01\", \"addressees\": [{\"role\": \"GUARDIANS\", \"name\": \"Fam. Voorbeeld\", \"email\": \"ouders@example.org\"},"
        + " {\"role\": \"SCHOOL\", \"name\": \"Directie VMBO\", \"email\": \"directie@example.org\"}]}", submitted.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    Client.Reply notDeciding = client.post("vo-staff", path + "/register-duo", "{\"on\": \"2024-04-22\", \"addressees\":"
        + " [{\"role\": \"SCHOOL\", \"name\": \"Directie VMBO\", \"email\": \"directie@example.org\"}]}", granted.etag());
    problem(notDeciding, 400);
    assertThat(notDeciding.json().get("errors").findValuesAsText("field")).containsExactly("addressees");
    assertThat(notDeciding.body()).contains("grant, refuse, decide-objection");

    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + path
        + "/letter")).header("Authorization", "Bearer vo-staff").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    String text = text(pdf.body());
    assertThat(text).contains("Beschikking: aanwijzing leerwegondersteunend onderwijs",
        "wijst de leerling aan voor leerwegondersteunend onderwijs (LWOO) met ingang van 1 augustus 2024", "De leerling voldoet aan de criteria.",
        "Toetsing aan de criteria", "leerwegondersteunend onderwijs (LWOO) van het ondersteuningsplan", "voldaan",
        "WVO art. 17a en Inrichtingsbesluit WVO art. 15d", "uiterlijk op 1 juni 2024", "Landelijke Bezwaaradviescommissie")
        .doesNotContain("vo-letter-1", "There is", "The IQ");
    problem(client.get("demo-auditor", path + "/letter"), 403);

    JsonNodeText audit = new JsonNodeText(client.get("vo-auditor", "/api/v1/audit?subject=" + submitted.json().get("id").asText()).body());
    assertThat(audit.text()).contains("letter.queued", "2 decision letters").doesNotContain("ouders@example.org", "Fam. Voorbeeld");
  }

  /** The audit answer as text, to look for words that must and must not be in it. */
  private record JsonNodeText(String text) {}

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
