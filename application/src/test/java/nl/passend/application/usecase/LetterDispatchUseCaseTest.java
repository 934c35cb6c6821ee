package nl.passend.application.usecase;

import static nl.passend.application.usecase.World.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.passend.application.letters.LetterDispatchService;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.in.DispatchLettersUseCase;
import nl.passend.application.letters.port.out.LetterMailer;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.domain.organisation.PartnershipId;
import org.junit.jupiter.api.Test;

/** R-DL-6: the dispatcher sends what the outbox holds, retries with backoff, gives up in the end, and says so in the audit trail. */
class LetterDispatchUseCaseTest {
  private final World world = new World();
  private final List<LetterMailer.Mail> delivered = new ArrayList<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();
  private final LetterMailer mailer = mail -> {
    if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new LetterMailer.DeliveryFailedException("mail server unavailable", null);
    }
    delivered.add(mail);
  };
  private final DispatchLettersUseCase dispatcher = world.passend.letterDispatcher(mailer,
      new LetterDispatchService.Settings(Duration.ofSeconds(30), 3, Duration.ofMinutes(5)));

  private void queue(String id, String subject) {
    world.storage.letters().add(OutboxLetter.queued(id, subject + "/v7/GUARDIANS-1", "DECISION_LETTER", subject, PartnershipId.of("acc-po"),
        new Addressee(Addressee.Role.GUARDIANS, "Fam. Voorbeeld", "ouders@example.org"), "Beschikking " + subject, new byte[] {1, 2, 3},
        "application/pdf", world.clock.now()));
  }

  @Test
  void aDueLetterIsSentOnceWithItsAttachmentAndTheAuditTrailSaysSo_R_DL_6() {
    queue("l-1", "app-1");
    assertThat(dispatcher.dispatchDue(10)).isEqualTo(new DispatchLettersUseCase.Round(1, 0, 0));
    assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
    assertThat(delivered).singleElement().satisfies(m -> {
      assertThat(m.toAddress()).isEqualTo("ouders@example.org");
      assertThat(m.toName()).isEqualTo("Fam. Voorbeeld");
      assertThat(m.attachment()).containsExactly(1, 2, 3);
      assertThat(m.attachmentName()).isEqualTo("beschikking-app-1.pdf");
      assertThat(m.messageId()).isEqualTo("<app-1.v7.GUARDIANS-1@passend>");
      assertThat(m.body()).startsWith("Geachte Fam. Voorbeeld,");
      assertThat(m.toString()).doesNotContain("ouders@example.org");
    });
    OutboxLetter sent = world.storage.letters().bySubject("app-1").get(0);
    assertThat(sent.status()).isEqualTo(OutboxLetter.Status.SENT);
    assertThat(sent.addressee()).isEmpty();
    assertThat(world.passend.privacy().trail(STAFF, "app-1")).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("letter.sent");
      assertThat(e.reason()).contains("GUARDIANS").doesNotContain("ouders@example.org").doesNotContain("Voorbeeld");
    });
  }

  @Test
  void aMailServerOutageIsWaitedOutWithGrowingPausesAndTheLetterArrivesOnce() {
    queue("l-1", "app-1");
    failuresToCome.set(2);
    Instant start = world.clock.now();
    assertThat(dispatcher.dispatchDue(10)).isEqualTo(new DispatchLettersUseCase.Round(0, 1, 0));
    assertThat(world.storage.letters().bySubject("app-1").get(0).nextAttemptAt()).isEqualTo(start.plusSeconds(30));
    world.clock.advance(Duration.ofSeconds(29));
    assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
    world.clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchDue(10)).isEqualTo(new DispatchLettersUseCase.Round(0, 1, 0));
    assertThat(world.storage.letters().bySubject("app-1").get(0).nextAttemptAt()).isEqualTo(world.clock.now().plusSeconds(60));
    world.clock.advance(Duration.ofSeconds(60));
    assertThat(dispatcher.dispatchDue(10)).isEqualTo(new DispatchLettersUseCase.Round(1, 0, 0));
    assertThat(delivered).hasSize(1);
    assertThat(world.passend.privacy().trail(STAFF, "app-1")).extracting(e -> e.action())
        .containsExactly("letter.retry", "letter.retry", "letter.sent");
  }

  @Test
  void afterTheLastAttemptTheLetterIsGivenUpAndItsAddresseeErased() {
    queue("l-1", "app-1");
    failuresToCome.set(10);
    for (int i = 0; i < 3; i++) {
      dispatcher.dispatchDue(10);
      world.clock.advance(Duration.ofHours(1));
    }
    OutboxLetter failed = world.storage.letters().bySubject("app-1").get(0);
    assertThat(failed.status()).isEqualTo(OutboxLetter.Status.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.addressee()).isEmpty();
    assertThat(world.passend.privacy().trail(STAFF, "app-1")).extracting(e -> e.action()).containsExactly("letter.retry", "letter.retry",
        "letter.failed");
    assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
    assertThat(delivered).isEmpty();
  }

  @Test
  void theBackoffDoublesUpToAnHour() {
    LetterDispatchService service = new LetterDispatchService(world.storage.letters(), mailer, world.storage.unitOfWork(), world.storage.auditLog(),
        world.clock, new LetterDispatchService.Settings(Duration.ofSeconds(30), 12, Duration.ofMinutes(5)));
    assertThat(service.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(service.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(service.backoff(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(service.backoff(8)).isEqualTo(Duration.ofHours(1));
    assertThat(service.backoff(40)).isEqualTo(Duration.ofHours(1));
    assertThat(Optional.of(LetterDispatchService.Settings.defaults().maxAttempts())).contains(12);
  }
}
