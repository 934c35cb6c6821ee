package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.storage.Storage;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.formats.PolicyCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Two server instances on one PostgreSQL database dispatch one outbox: every letter reaches the mail server exactly once. */
@EnabledIfSystemProperty(named = "passend.postgres", matches = "true", disabledReason = "PostgreSQL tests run with -Ppostgres (.ci/run)")
class OutboxTwoInstancesTest {
  private static final int LETTERS = 200;

  @Test
  void twoInstancesDeliverEachLetterOnce() throws Exception {
    TestDatabases.onFreshPostgres(database -> {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      Map<String, String> env = new HashMap<>(database);
      env.put("PASSEND_SMTP_HOST", "127.0.0.1");
      env.put("PASSEND_SMTP_PORT", String.valueOf(port));
      env.put("PASSEND_SMTP_FROM", "tlv@swv.example.org");
      env.put("PASSEND_SMTP_STARTTLS", "false");
      env.put("PASSEND_OUTBOX_INTERVAL_MS", "50");
      try (PassendServer a = PassendServer.create(env).start(); PassendServer b = PassendServer.create(env).start();
          Storage writer = PassendServer.openStorage(database, new PolicyCatalogue(PolicyCodec.builtIns()))) {
        writer.unitOfWork().inTransaction(() -> {
          for (int i = 0; i < LETTERS; i++) {
            writer.letters().add(OutboxLetter.queued("l-" + i, "app-" + i + "/v5/GUARDIANS-1", "DECISION_LETTER", "app-" + i,
                PartnershipId.of("po-22-01"), new Addressee(Addressee.Role.GUARDIANS, "Ouders " + i, "ouders" + i + "@example.org"),
                "Beschikking app-" + i, ("%PDF letter " + i).getBytes(StandardCharsets.US_ASCII), "application/pdf", Instant.now()));
          }
          return null;
        });
        assertThat(mail.waitForIncomingEmail(60_000, LETTERS)).isTrue();
        Thread.sleep(1_500);
        MimeMessage[] received = mail.getReceivedMessages();
        Set<String> ids = Arrays.stream(received).map(OutboxTwoInstancesTest::messageId).collect(Collectors.toSet());
        assertThat(received).hasSize(LETTERS);
        assertThat(ids).hasSize(LETTERS);
        for (int i = 0; i < LETTERS; i++) {
          assertThat(writer.letters().bySubject("app-" + i)).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(OutboxLetter.Status.SENT);
            assertThat(l.attempts()).isEqualTo(1);
          });
        }
      } finally {
        mail.stop();
      }
    });
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
