package nl.passend.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.util.Optional;
import nl.passend.application.letters.port.out.LetterMailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMTP adapter against a real SMTP server (GreenMail) on a free port. */
class SmtpLetterMailerTest {
  private static final byte[] PDF = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private GreenMail server;

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static LetterMailer.Mail mail() {
    return new LetterMailer.Mail("<app-1.v7.GUARDIANS-1@passend>", "Fam. Jansen-Ö", "ouders@example.org", "Beschikking app-1 – SWV Test",
        "Geachte Fam. Jansen-Ö,\n\nBijgevoegd vindt u de beschikking.", "beschikking-app-1.pdf", "application/pdf", PDF);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theMailArrivesWithTheLetterAttachedAndTheStableMessageId() throws Exception {
    int port = freePort();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    new SmtpLetterMailer(new SmtpLetterMailer.Settings("127.0.0.1", port, Optional.empty(), Optional.empty(), "swv@example.org", false, 5000))
        .send(mail());
    assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = server.getReceivedMessages()[0];
    assertThat(received.getMessageID()).isEqualTo("<app-1.v7.GUARDIANS-1@passend>");
    assertThat(received.getSubject()).isEqualTo("Beschikking app-1 – SWV Test");
    assertThat(received.getAllRecipients()[0].toString()).contains("ouders@example.org");
    assertThat(received.getFrom()[0].toString()).isEqualTo("swv@example.org");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Geachte Fam. Jansen-Ö");
    Part attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("beschikking-app-1.pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    attachment.getInputStream().transferTo(bytes);
    assertThat(bytes.toByteArray()).isEqualTo(PDF);
  }

  @Test
  void aServerThatIsNotThereIsAFailureToRetryThatNamesNoAddressee() throws Exception {
    int port = freePort();
    SmtpLetterMailer mailer = new SmtpLetterMailer(new SmtpLetterMailer.Settings("127.0.0.1", port, Optional.empty(), Optional.empty(),
        "swv@example.org", false, 2000));
    assertThatThrownBy(() -> mailer.send(mail())).isInstanceOf(LetterMailer.DeliveryFailedException.class)
        .hasMessageContaining("did not accept").hasMessageNotContaining("ouders@example.org").hasMessageNotContaining("Jansen");
  }

  @Test
  void authenticationIsUsedWhenAUserIsSet() throws Exception {
    int port = freePort();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.setUser("swv@example.org", "swv-user", "geheim");
    server.start();
    new SmtpLetterMailer(new SmtpLetterMailer.Settings("127.0.0.1", port, Optional.of("swv-user"), Optional.of("geheim"), "swv@example.org", false,
        5000)).send(mail());
    assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
  }

  @Test
  void settingsNameTheVariableThatIsWrong() {
    assertThatThrownBy(() -> new SmtpLetterMailer.Settings(" ", 25, Optional.empty(), Optional.empty(), "a@b.nl", true, 1000))
        .hasMessageContaining("PASSEND_SMTP_HOST");
    assertThatThrownBy(() -> new SmtpLetterMailer.Settings("h", 0, Optional.empty(), Optional.empty(), "a@b.nl", true, 1000))
        .hasMessageContaining("PASSEND_SMTP_PORT");
    assertThatThrownBy(() -> new SmtpLetterMailer.Settings("h", 25, Optional.of("u"), Optional.empty(), "a@b.nl", true, 1000))
        .hasMessageContaining("PASSEND_SMTP_PASSWORD");
    assertThatThrownBy(() -> new SmtpLetterMailer.Settings("h", 25, Optional.empty(), Optional.empty(), "geen adres", true, 1000))
        .hasMessageContaining("PASSEND_SMTP_FROM");
  }
}
