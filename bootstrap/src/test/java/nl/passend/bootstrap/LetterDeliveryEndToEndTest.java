package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-DL-6 over HTTP and SMTP: a decision with addressees is mailed through a real SMTP server (GreenMail)
 * with its PDF attached, once; through a mail-server outage; and through a SIGKILL of the server between
 * the commit and the sending, on H2 and PostgreSQL.
 */
class LetterDeliveryEndToEndTest {
  private static final String ADDRESSEES = "\"addressees\": [{\"role\": \"SCHOOL\", \"name\": \"Directie SBO De Piramide\", \"email\": "
      + "\"directie@school.example.org\"}, {\"role\": \"GUARDIANS\", \"name\": \"Fam. Voorbeeld\", \"email\": \"ouders@example.org\"}]";
  @TempDir Path dir;
  private GreenMail mail;

  @AfterEach
  void stopMail() {
    if (mail != null) {
      mail.stop();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private GreenMail startMail(int port) {
    mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  private static Map<String, String> withSmtp(Map<String, String> env, int port, long intervalMillis) {
    Map<String, String> out = new HashMap<>(env);
    out.put("PASSEND_SMTP_HOST", "127.0.0.1");
    out.put("PASSEND_SMTP_PORT", String.valueOf(port));
    out.put("PASSEND_SMTP_FROM", "tlv@swv.example.org");
    out.put("PASSEND_SMTP_STARTTLS", "false");
    out.put("PASSEND_OUTBOX_INTERVAL_MS", String.valueOf(intervalMillis));
    out.put("PASSEND_OUTBOX_RETRY_SECONDS", "1");
    return out;
  }

  /** Submits for a demo student, completes the dossier and grants with the two addressees; the application's path. */
  private static String grantWithAddressees(Client client, String student) {
    Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
        + " \"studentId\": \"" + student + "\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String path = submitted.header("Location");
    Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
        java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
    Client.Reply granted = client.post("demo-committee", path + "/grant", "{\"on\": \"2025-10-01\", \"reason\": \"Aangewezen op SBO.\","
        + " \"startDate\": \"2025-11-01\", \"endDate\": \"2026-07-31\", " + ADDRESSEES + "}", filed.etag());
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    return path;
  }

  private static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + within + ": " + what);
      }
      Thread.sleep(50);
    }
  }

  private static JsonNode letters(Client client, String path) {
    Client.Reply reply = client.get("demo-partnership", path + "/letters");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("items");
  }

  private static boolean allSent(Client client, String path) {
    JsonNode items = letters(client, path);
    boolean all = items.size() > 0;
    for (JsonNode l : items) {
      all &= l.get("status").asText().equals("SENT");
    }
    return all;
  }

  @Test
  void theDecisionArrivesByMailWithItsPdfOncePerAddressee() throws Exception {
    int port = freePort();
    startMail(port);
    Map<String, String> env = withSmtp(TestDatabases.serverEnv(), port, 100);
    env.put("PASSEND_STORAGE", "memory");
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      String path = grantWithAddressees(client, "demo-0013");
      assertThat(mail.waitForIncomingEmail(15_000, 2)).isTrue();
      await("both letters marked sent", Duration.ofSeconds(10), () -> allSent(client, path));
      Thread.sleep(500);
      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(received).hasSize(2);
      assertThat(Arrays.stream(received).map(m -> address(m))).containsExactlyInAnyOrder("directie@school.example.org", "ouders@example.org");
      for (MimeMessage m : received) {
        assertThat(m.getSubject()).startsWith("Beschikking toelaatbaarheid");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
        try (InputStream in = parts.getBodyPart(1).getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
          assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("toelaatbaarheidsverklaring afgegeven",
              "speciaal basisonderwijs (SBO)", "Aangewezen op SBO.", "31 juli 2026", "WPO art. 18a", "uiterlijk op 12 november 2025");
        }
      }
      JsonNode items = letters(client, path);
      assertThat(items).hasSize(2);
      assertThat(items.toString()).doesNotContain("ouders@example.org").doesNotContain("Voorbeeld");
      JsonNode trail = client.get("demo-partnership", "/api/v1/audit?subject=" + path.substring(path.lastIndexOf('/') + 1)).json();
      assertThat(trail.findValuesAsText("action")).contains("letter.queued").filteredOn("letter.sent"::equals).hasSize(2);
      assertThat(trail.toString()).doesNotContain("ouders@example.org");
    }
  }

  @Test
  void aBadAddresseeIsA400NamingItAndNothingIsDecided() throws Exception {
    try (PassendServer server = TestDatabases.demoServerInMemory()) {
      Client client = new Client(server.port());
      Client.Reply submitted = client.post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\","
          + " \"studentId\": \"demo-0013\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"2025-09-15\"}");
      String path = submitted.header("Location");
      Client.Reply filed = client.completeDossier("demo-partnership", path, submitted.etag(), java.time.LocalDate.of(2025, 9, 16), "99PE00",
          java.time.LocalDate.of(2025, 9, 10), "PSYCHOLOGIST");
      Client.Reply bad = client.post("demo-committee", path + "/grant", "{\"on\": \"2025-10-01\", \"startDate\": \"2025-11-01\", \"endDate\":"
          + " \"2026-07-31\", \"addressees\": [{\"role\": \"GUARDIANS\", \"name\": \"\", \"email\": \"geen-adres\"}, {\"name\": \"x\","
          + " \"email\": \"a@b.nl\"}]}", filed.etag());
      ServerEndToEndTest.problem(bad, 400);
      assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("addressees[0].name", "addressees[0].email", "addressees[1].role");
      assertThat(bad.body()).doesNotContain("geen-adres");
      assertThat(client.get("demo-partnership", path).json().get("state").asText()).isEqualTo("UNDER_ASSESSMENT");
      assertThat(letters(client, path)).isEmpty();
    }
  }

  @Test
  void aMailServerOutageIsWaitedOutAndEachLetterArrivesOnce() throws Exception {
    int port = freePort();
    Map<String, String> env = withSmtp(TestDatabases.serverEnv(), port, 100);
    env.put("PASSEND_STORAGE", "memory");
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      String path = grantWithAddressees(client, "demo-0013");
      await("two failed attempts per letter", Duration.ofSeconds(20), () -> {
        JsonNode items = letters(client, path);
        return items.size() == 2 && items.get(0).get("attempts").asInt() >= 2 && items.get(1).get("attempts").asInt() >= 2;
      });
      assertThat(letters(client, path).findValuesAsText("status")).containsOnly("PENDING");
      startMail(port);
      assertThat(mail.waitForIncomingEmail(20_000, 2)).isTrue();
      await("both letters marked sent", Duration.ofSeconds(10), () -> allSent(client, path));
      Thread.sleep(1_500);
      assertThat(mail.getReceivedMessages()).hasSize(2);
      assertThat(client.get("demo-partnership", "/api/v1/audit?subject=" + path.substring(path.lastIndexOf('/') + 1)).json()
          .findValuesAsText("action")).contains("letter.retry", "letter.sent");
    }
  }

  @Test
  void aServerKilledAfterTheCommitAndBeforeSendingDeliversOnceAfterRestart_onH2() throws Exception {
    killedBeforeSending(TestDatabases.h2(dir));
  }

  @Test
  @EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
  void aServerKilledAfterTheCommitAndBeforeSendingDeliversOnceAfterRestart_onPostgres() throws Exception {
    TestDatabases.onFreshPostgres(this::killedBeforeSending);
  }

  private void killedBeforeSending(Map<String, String> database) throws Exception {
    int port = freePort();
    // The first server looks at its outbox when it starts and then not for an hour: the decision commits and is not sent.
    ChildServer first = ChildServer.start(withSmtp(database, port, 3_600_000), dir.resolve("first.log"));
    String path;
    try {
      path = grantWithAddressees(new Client(first.port), "demo-0013");
    } finally {
      first.kill();
    }
    startMail(port);
    ChildServer second = ChildServer.start(withSmtp(database, port, 100), dir.resolve("second.log"));
    try {
      Client client = new Client(second.port);
      assertThat(mail.waitForIncomingEmail(30_000, 2)).isTrue();
      await("both letters marked sent", Duration.ofSeconds(10), () -> allSent(client, path));
      Thread.sleep(1_000);
      assertThat(mail.getReceivedMessages()).hasSize(2);
    } finally {
      second.kill();
    }
  }

  private static String address(MimeMessage m) {
    try {
      return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
