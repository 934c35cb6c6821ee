package nl.passend.application.contract;

import static nl.passend.application.contract.ContractFixtures.P1;
import static nl.passend.application.contract.ContractFixtures.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/** What every adapter of the student repository must do. */
public abstract class StudentRepositoryContract extends StorageContract {

  @org.junit.jupiter.api.BeforeEach
  void seed() {
    ContractFixtures.seedOrganisation(storage);
  }

  @Test
  void studentRoundTripsWithItsEnrolments() {
    StudentRecord record = ContractFixtures.student("s-1", P1, "99AA00");
    Versioned<StudentRecord> stored = storage.students().insert(record);
    assertThat(stored.version()).isEqualTo(1);
    StudentRecord found = storage.students().find(StudentId.of("s-1")).orElseThrow().value();
    assertThat(found.student().dateOfBirth()).isEqualTo(record.student().dateOfBirth());
    assertThat(found.student().enrolments()).isEqualTo(record.student().enrolments());
    assertThat(found.partnership()).isEqualTo(P1);
    assertThatThrownBy(() -> storage.students().insert(record)).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aHeldStudentWaitsForTheUnitOfWorkThatHoldsIt() throws Exception {
    storage.students().insert(ContractFixtures.student("s-1", P1, "99AA00"));
    java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> storage.unitOfWork().inTransaction(() -> {
        storage.students().hold(StudentId.of("s-1"));
        held.countDown();
        try {
          release.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        order.add("first ends");
        return null;
      }));
      held.await(5, java.util.concurrent.TimeUnit.SECONDS);
      var second = pool.submit(() -> storage.unitOfWork().inTransaction(() -> {
        storage.students().hold(StudentId.of("s-1"));
        order.add("second holds");
        return null;
      }));
      Thread.sleep(300);
      release.countDown();
      first.get(10, java.util.concurrent.TimeUnit.SECONDS);
      second.get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(order).containsExactly("first ends", "second holds");
      // A student that is not stored holds nothing and is no error.
      assertThat(storage.unitOfWork().inTransaction(() -> storage.students().hold(StudentId.of("nobody")))).isEmpty();
      // The held student's date of birth comes with the hold (R-INT-5's age limit reads nothing else).
      assertThat(storage.unitOfWork().inTransaction(() -> storage.students().hold(StudentId.of("s-1"))))
          .contains(storage.students().find(StudentId.of("s-1")).orElseThrow().value().student().dateOfBirth());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findAllReturnsExactlyTheStoredOnesAcrossChunks() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 2_100; i++) {
      records.add(ContractFixtures.student("f-" + i, P1, "99AA00"));
    }
    storage.students().upsertAll(records);
    storage.students().update(records.get(7), 1);
    List<StudentId> asked = new ArrayList<>();
    for (int i = 0; i < 2_100; i += 3) {
      asked.add(StudentId.of("f-" + i));
    }
    asked.add(StudentId.of("nobody"));
    var found = storage.students().findAll(asked);
    assertThat(found).hasSize(700).doesNotContainKey(StudentId.of("nobody"));
    assertThat(found.get(StudentId.of("f-3")).value().student().enrolments()).isEqualTo(records.get(3).student().enrolments());
    assertThat(storage.students().findAll(List.of(StudentId.of("f-7"))).get(StudentId.of("f-7")).version()).isEqualTo(2);
    assertThat(storage.students().findAll(List.of())).isEmpty();
  }

  /**
   * The import reads the stored students and upserts them in one transaction: an upsert after that
   * read, and a second upsert of the same students after the first inserted them, store each student
   * once with the last record (an adapter that remembers what its read found must remember the inserts too).
   */
  @Test
  void upsertsAfterAReadInOneTransactionInsertOnceAndThenUpdate() {
    storage.students().upsertAll(List.of(ContractFixtures.student("u-old", P1, "99AA00")));
    List<StudentId> ids = List.of(StudentId.of("u-old"), StudentId.of("u-new"));
    StudentRecord moved = ContractFixtures.student("u-new", P1, "99AB00");
    storage.unitOfWork().inTransaction(() -> {
      assertThat(storage.students().findAll(ids)).containsOnlyKeys(StudentId.of("u-old"));
      storage.students().upsertAll(List.of(ContractFixtures.student("u-old", P1, "99AB00"), ContractFixtures.student("u-new", P1, "99AA00")));
      storage.students().upsertAll(List.of(moved));
      return null;
    });
    var found = storage.students().findAll(ids);
    assertThat(found).containsOnlyKeys(ids.toArray(StudentId[]::new));
    assertThat(found.get(StudentId.of("u-new")).value().student().enrolments()).isEqualTo(moved.student().enrolments());
    assertThat(found.get(StudentId.of("u-old")).value().student().enrolments().enrolments().get(0).school().value()).isEqualTo("99AB00");
  }

  @Test
  void staleUpdateIsRefused() {
    StudentRecord record = ContractFixtures.student("s-1", P1, "99AA00");
    storage.students().insert(record);
    storage.students().update(record, 1);
    assertThatThrownBy(() -> storage.students().update(record, 1)).isInstanceOf(StaleVersionException.class);
    assertThat(storage.students().find(StudentId.of("s-1")).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void bulkUpsertInsertsAndUpdatesAndQueriesByPartnership() {
    storage.students().insert(ContractFixtures.student("s-0", P1, "99AA00"));
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      records.add(ContractFixtures.student("s-" + i, i % 2 == 0 ? P1 : P2, "99AA00"));
    }
    storage.students().upsertAll(records);
    assertThat(storage.students().count()).isEqualTo(250);
    assertThat(storage.students().find(StudentId.of("s-0")).orElseThrow().version()).isEqualTo(2);
    assertThat(storage.students().byPartnership(P1)).hasSize(125);
  }

  @Test
  void aFailedImportLeavesNothingBehind() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      records.add(ContractFixtures.student("s-" + i, P1, "99AA00"));
    }
    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.students().upsertAll(records);
      throw new IllegalStateException("a later step of the import fails");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(storage.students().count()).isZero();
    assertThat(storage.students().find(StudentId.of("s-1"))).isEmpty();
  }
}
