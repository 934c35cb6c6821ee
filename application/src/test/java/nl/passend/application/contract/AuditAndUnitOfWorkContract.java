package nl.passend.application.contract;

import static nl.passend.application.contract.ContractFixtures.P1;
import static nl.passend.application.contract.ContractFixtures.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.testing.StorageContract;
import org.junit.jupiter.api.Test;

/** What every adapter of the audit log and the unit of work must do. */
public abstract class AuditAndUnitOfWorkContract extends StorageContract {

  private static AuditEntry entry(String subject, long second) {
    return new AuditEntry(Instant.ofEpochSecond(1_700_000_000L + second), "PARTNERSHIP_STAFF:acc-po", "application.grant", subject,
        Optional.of(P1), "criteria met");
  }

  @Test
  void auditIsAppendOnlyAndOrdered() {
    storage.auditLog().append(entry("a-1", 1));
    storage.auditLog().append(entry("a-2", 2));
    storage.auditLog().append(entry("a-1", 3));
    assertThat(storage.auditLog().bySubject("a-1")).extracting(AuditEntry::at)
        .containsExactly(Instant.ofEpochSecond(1_700_000_001L), Instant.ofEpochSecond(1_700_000_003L));
    assertThat(storage.auditLog().byPartnership(P1)).hasSize(3);
    assertThat(storage.auditLog().byPartnership(P2)).isEmpty();
    assertThatThrownBy(() -> storage.auditLog().bySubject("a-1").clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTransactionThatFailsHalfWayLeavesNoRowBehind() {
    ContractFixtures.seedStudents(storage);
    nl.passend.domain.organisation.PartnershipId p3 = nl.passend.domain.organisation.PartnershipId.of("acc-po-3");
    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.partnerships().insert(ContractFixtures.partnership(p3));
      storage.auditLog().append(entry("acc-po-3", 1));
      storage.applications().insert(ContractFixtures.application("a-1", P1, "s-1"));
      storage.students().upsertAll(java.util.List.of(ContractFixtures.student("s-9", P1, "99AA00")));
      throw new ArithmeticException("fails half-way");
    })).isInstanceOf(ArithmeticException.class);
    assertThat(storage.partnerships().find(p3)).isEmpty();
    assertThat(storage.auditLog().bySubject("acc-po-3")).isEmpty();
    assertThat(storage.applications().find(nl.passend.domain.decision.ApplicationId.of("a-1"))).isEmpty();
    assertThat(storage.students().find(nl.passend.domain.student.StudentId.of("s-9"))).isEmpty();
    assertThat(storage.students().count()).isEqualTo(2);
  }

  @Test
  void aCommittedTransactionKeepsEverythingAndNestedCallsJoin() {
    storage.unitOfWork().inTransaction(() -> {
      storage.partnerships().insert(ContractFixtures.partnership(P1));
      return storage.unitOfWork().inTransaction(() -> {
        storage.auditLog().append(entry("acc-po", 1));
        return null;
      });
    });
    assertThat(storage.partnerships().find(P1)).isPresent();
    assertThat(storage.auditLog().bySubject("acc-po")).hasSize(1);
  }

  @Test
  void anInnerFailureRollsBackTheWholeTransaction() {
    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.partnerships().insert(ContractFixtures.partnership(P1));
      return storage.unitOfWork().inTransaction(() -> {
        storage.partnerships().insert(ContractFixtures.partnership(P2));
        throw new IllegalArgumentException("inner");
      });
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(storage.partnerships().all()).isEmpty();
  }
}
