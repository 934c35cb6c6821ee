package nl.passend.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.organisation.PartnershipId;
import org.junit.jupiter.api.Test;

/**
 * What every outbox must do: a letter lives and dies with its transaction, each due letter is claimed
 * once (also by dispatchers racing on one store), and sending or giving up erases the addressee.
 */
public abstract class LetterOutboxContract extends StorageContract {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final PartnershipId P1 = PartnershipId.of("p1");

  /** A pending letter to the guardians of the application. */
  public static OutboxLetter letter(String id, String subject, Instant at) {
    return OutboxLetter.queued(id, subject + "/v5/GUARDIANS-" + id, "DECISION_LETTER", subject, P1,
        new Addressee(Addressee.Role.GUARDIANS, "Familie Test", "ouders@example.org"), "Beschikking " + subject,
        ("letter " + id).getBytes(StandardCharsets.UTF_8), "application/pdf", at);
  }

  @Test
  void aLetterRoundTripsWithItsAddresseeAndDocument() {
    storage.letters().add(letter("l-1", "app-1", T0));
    OutboxLetter back = storage.letters().bySubject("app-1").get(0);
    assertThat(back.addressee().orElseThrow().email()).contains("ouders@example.org");
    assertThat(back.addressee().orElseThrow().name()).isEqualTo("Familie Test");
    assertThat(back.document().orElseThrow()).isEqualTo("letter l-1".getBytes(StandardCharsets.UTF_8));
    assertThat(back).extracting(OutboxLetter::status, OutboxLetter::attempts, OutboxLetter::role, OutboxLetter::title, OutboxLetter::contentType,
        OutboxLetter::createdAt, OutboxLetter::nextAttemptAt).containsExactly(OutboxLetter.Status.PENDING, 0, Addressee.Role.GUARDIANS,
        "Beschikking app-1", "application/pdf", T0, T0);
    assertThatThrownBy(() -> storage.letters().add(letter("l-2", "app-1", T0).withKeyOf(back))).isInstanceOf(AlreadyExistsException.class);
  }

  /** A pending letter by post to the guardians of the application. */
  public static OutboxLetter byPost(String id, String subject, Instant at) {
    return OutboxLetter.queued(id, subject + "/v5/GUARDIANS-" + id, "DECISION_LETTER", subject, P1,
        Addressee.byPost(Addressee.Role.GUARDIANS, "Familie Test", "Voorbeeldstraat 1\n9999 ZZ Voorbeeldstad"), "Beschikking " + subject,
        ("letter " + id).getBytes(StandardCharsets.UTF_8), "application/pdf", at);
  }

  @Test
  void aLetterByPostIsNeverClaimedButListedToPrintAndErasedOncePrinted() {
    storage.letters().add(byPost("l-post", "app-1", T0));
    storage.letters().add(letter("l-mail", "app-1", T0.plusSeconds(1)));
    storage.letters().add(OutboxLetter.queued("l-other", "app-9/v1/SCHOOL-1", "DECISION_LETTER", "app-9", PartnershipId.of("p2"),
        Addressee.byPost(Addressee.Role.SCHOOL, "Directie", "Schoolweg 2\n9999 ZZ Voorbeeldstad"), "Beschikking app-9",
        "x".getBytes(StandardCharsets.UTF_8), "application/pdf", T0));
    assertThat(storage.letters().claimDue(T0.plusSeconds(60), T0.plusSeconds(360), 10)).extracting(OutboxLetter::id).containsExactly("l-mail");
    assertThat(storage.letters().toPrint(P1)).extracting(OutboxLetter::id).containsExactly("l-post");
    OutboxLetter toPrint = storage.letters().find("l-post").orElseThrow();
    assertThat(toPrint.addressee().orElseThrow().postalAddress()).contains("Voorbeeldstraat 1\n9999 ZZ Voorbeeldstad");
    assertThat(toPrint.addressee().orElseThrow().email()).isEmpty();
    assertThat(storage.letters().markPrinted("l-mail", T0.plusSeconds(90))).as("a letter by e-mail is not printed").isFalse();
    assertThat(storage.letters().markPrinted("l-post", T0.plusSeconds(120))).isTrue();
    assertThat(storage.letters().markPrinted("l-post", T0.plusSeconds(130))).as("printed once").isFalse();
    OutboxLetter printed = storage.letters().find("l-post").orElseThrow();
    assertThat(printed.status()).isEqualTo(OutboxLetter.Status.SENT);
    assertThat(printed.sentAt()).contains(T0.plusSeconds(120));
    assertThat(printed.addressee()).isEmpty();
    assertThat(printed.document()).isEmpty();
    assertThat(storage.letters().toPrint(P1)).isEmpty();
    assertThat(storage.letters().find("nothing")).isEmpty();
  }

  @Test
  void aLetterAddedInARolledBackTransactionIsGone() {
    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.letters().add(letter("l-1", "app-1", T0));
      throw new IllegalStateException("the decision failed after its letter was written");
    })).hasMessageContaining("decision failed");
    assertThat(storage.letters().bySubject("app-1")).isEmpty();
    assertThat(storage.letters().claimDue(T0.plusSeconds(60), T0.plusSeconds(360), 10)).isEmpty();
  }

  @Test
  void aDueLetterIsClaimedOnceForItsLeaseAndAgainAfterIt() {
    storage.letters().add(letter("l-1", "app-1", T0));
    storage.letters().add(letter("l-2", "app-2", T0.plusSeconds(30)));
    assertThat(storage.letters().claimDue(T0.minusSeconds(1), T0.plusSeconds(300), 10)).isEmpty();
    List<OutboxLetter> first = storage.letters().claimDue(T0.plusSeconds(10), T0.plusSeconds(310), 10);
    assertThat(first).extracting(OutboxLetter::id, OutboxLetter::attempts).containsExactly(org.assertj.core.groups.Tuple.tuple("l-1", 1));
    assertThat(first.get(0).addressee()).isPresent();
    assertThat(storage.letters().claimDue(T0.plusSeconds(60), T0.plusSeconds(360), 10)).extracting(OutboxLetter::id).containsExactly("l-2");
    assertThat(storage.letters().claimDue(T0.plusSeconds(120), T0.plusSeconds(420), 10)).isEmpty();
    // A dispatcher that died holding the claim leaves the letter to the next one after the lease.
    assertThat(storage.letters().claimDue(T0.plusSeconds(310), T0.plusSeconds(610), 10)).extracting(OutboxLetter::id, OutboxLetter::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("l-1", 2));
  }

  @Test
  void sendingErasesTheAddresseeAndDocumentAndKeepsTheFacts() {
    storage.letters().add(letter("l-1", "app-1", T0));
    storage.letters().claimDue(T0, T0.plusSeconds(300), 1);
    storage.letters().markSent("l-1", T0.plusSeconds(2));
    OutboxLetter sent = storage.letters().bySubject("app-1").get(0);
    assertThat(sent.status()).isEqualTo(OutboxLetter.Status.SENT);
    assertThat(sent.sentAt()).contains(T0.plusSeconds(2));
    assertThat(sent.addressee()).isEmpty();
    assertThat(sent.document()).isEmpty();
    assertThat(sent.role()).isEqualTo(Addressee.Role.GUARDIANS);
    assertThat(storage.letters().claimDue(T0.plusSeconds(1000), T0.plusSeconds(1300), 10)).isEmpty();
  }

  @Test
  void aFailedAttemptWaitsAndTheLastOneGivesUp() {
    storage.letters().add(letter("l-1", "app-1", T0));
    storage.letters().claimDue(T0, T0.plusSeconds(300), 1);
    storage.letters().markFailed("l-1", T0.plusSeconds(30), false, "mail server unavailable");
    assertThat(storage.letters().claimDue(T0.plusSeconds(29), T0.plusSeconds(329), 1)).isEmpty();
    OutboxLetter again = storage.letters().claimDue(T0.plusSeconds(30), T0.plusSeconds(330), 1).get(0);
    assertThat(again.attempts()).isEqualTo(2);
    assertThat(again.lastError()).contains("mail server unavailable");
    storage.letters().markFailed("l-1", T0.plusSeconds(90), true, "refused");
    OutboxLetter failed = storage.letters().bySubject("app-1").get(0);
    assertThat(failed.status()).isEqualTo(OutboxLetter.Status.FAILED);
    assertThat(failed.addressee()).isEmpty();
    assertThat(failed.document()).isEmpty();
    assertThat(storage.letters().claimDue(T0.plusSeconds(5000), T0.plusSeconds(5300), 1)).isEmpty();
  }

  @Test
  void theLettersOfACaseAreErased() {
    storage.letters().add(letter("l-1", "app-1", T0));
    storage.letters().add(letter("l-2", "app-1", T0));
    storage.letters().add(letter("l-3", "app-2", T0));
    assertThat(storage.letters().deleteBySubject("app-1")).isEqualTo(2);
    assertThat(storage.letters().bySubject("app-1")).isEmpty();
    assertThat(storage.letters().bySubject("app-2")).hasSize(1);
  }

  @Test
  void dispatchersRacingOnOneStoreClaimEachLetterOnce() throws Exception {
    int letters = 60;
    for (int i = 0; i < letters; i++) {
      storage.letters().add(letter("l-" + i, "app-" + i, T0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> racers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        racers.add(() -> {
          List<String> mine = new ArrayList<>();
          List<OutboxLetter> batch;
          do {
            batch = storage.letters().claimDue(T0.plusSeconds(1), T0.plus(Duration.ofMinutes(5)), 7);
            batch.forEach(l -> mine.add(l.id()));
          } while (!batch.isEmpty());
          return mine;
        });
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : pool.invokeAll(racers)) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(letters).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
