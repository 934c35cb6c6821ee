package nl.passend.application.contract;

import static nl.passend.application.contract.ContractFixtures.DAY;
import static nl.passend.application.contract.ContractFixtures.P1;
import static nl.passend.application.contract.ContractFixtures.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of the registration and LWOO designation repositories must do (R-TLV-1, R-LWOO-1..3). */
public abstract class RegistrationAndLwooRepositoriesContract extends StorageContract {
  private static final EligibilityResult ELIGIBLE = new EligibilityResult(Scheme.LWOO, "2020-01-01", Outcome.ELIGIBLE, Optional.empty(),
      Optional.empty(), List.of(), List.of(), List.of());

  @BeforeEach
  void seed() {
    ContractFixtures.seedStudents(storage);
  }

  private static LwooDesignation submitted(String id, String student) {
    return LwooDesignation.submit(id, P1, StudentId.of(student), BrinCode.of("99AA00"), DAY, ELIGIBLE, "SCHOOL_STAFF:99AA00");
  }

  @Test
  void registrationsRoundTripPerStudent() {
    Registration r1 = storage.registrations().insert(new Registration("reg-1", StudentId.of("s-1"), BrinCode.of("99BB00"), SchoolType.BO, DAY));
    storage.registrations().insert(new Registration("reg-2", StudentId.of("s-1"), BrinCode.of("99AA01"), SchoolType.BO, DAY.minusDays(3)));
    storage.registrations().insert(new Registration("reg-3", StudentId.of("s-2"), BrinCode.of("99AA01"), SchoolType.BO, DAY));
    assertThat(storage.registrations().find("reg-1")).contains(r1);
    assertThat(storage.registrations().forStudent(StudentId.of("s-1"))).extracting(Registration::id).containsExactly("reg-2", "reg-1");
    assertThatThrownBy(() -> storage.registrations().insert(r1)).isInstanceOf(AlreadyExistsException.class);
    assertThat(storage.registrations().deleteForStudent(StudentId.of("s-1"))).isEqualTo(2);
    assertThat(storage.registrations().forStudent(StudentId.of("s-1"))).isEmpty();
    assertThat(storage.registrations().forStudent(StudentId.of("s-2"))).hasSize(1);
  }

  @Test
  void aRegistrationThatFailsInAUnitOfWorkLeavesNothing() {
    assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
      storage.registrations().insert(new Registration("reg-1", StudentId.of("s-1"), BrinCode.of("99BB00"), SchoolType.BO, DAY));
      throw new IllegalStateException("fails after the insert");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(storage.registrations().find("reg-1")).isEmpty();
  }

  @Test
  void designationsRoundTripThroughTheirLifecycle() {
    LwooDesignation stored = storage.lwooDesignations().insert(submitted("lwoo-1", "s-1"));
    assertThat(stored.version()).isEqualTo(1);
    DeadlineCalculator deadlines = new DeadlineCalculator(ContractFixtures.PO.deadlines(), SchoolCalendar.none());
    LwooDesignation granted = storage.lwooDesignations().update(stored.grant("staff", DAY.plusDays(3), "criteria met", LocalDate.of(2025, 10, 1)));
    LwooDesignation registered = storage.lwooDesignations().update(granted.registerWithDuo("staff", DAY.plusDays(4), ""));
    LwooDesignation objected = storage.lwooDesignations().update(
        registered.object(ObjectingParty.GUARDIANS, deadlines, "guardians", DAY.plusDays(10), "disagree"));
    LwooDesignation dismissed = storage.lwooDesignations().update(objected.decideObjection(false, "board", DAY.plusDays(40), ""));
    LwooDesignation ended = storage.lwooDesignations().update(dismissed.end("staff", DAY.plusDays(60), "left", DAY.plusDays(59)));
    assertThat(ended.version()).isEqualTo(6);
    assertThat(storage.lwooDesignations().find("lwoo-1")).contains(ended);
    assertThat(storage.lwooDesignations().find("lwoo-1").orElseThrow().objection().orElseThrow().upheld()).contains(false);
    assertThatThrownBy(() -> storage.lwooDesignations().insert(submitted("lwoo-1", "s-1"))).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aStaleDesignationIsRefused() {
    LwooDesignation stored = storage.lwooDesignations().insert(submitted("lwoo-1", "s-1"));
    storage.lwooDesignations().update(stored.grant("staff", DAY, "first", DAY));
    assertThatThrownBy(() -> storage.lwooDesignations().update(stored.refuse("staff", DAY, "second"))).isInstanceOf(StaleVersionException.class);
    assertThat(storage.lwooDesignations().find("lwoo-1").orElseThrow().state()).isEqualTo(LwooDesignation.State.GRANTED);
  }

  @Test
  void queriesByPartnershipAndStudentAndDelete() {
    storage.lwooDesignations().insert(submitted("lwoo-2", "s-2"));
    storage.lwooDesignations().insert(submitted("lwoo-1", "s-1"));
    storage.lwooDesignations().insert(LwooDesignation.submit("lwoo-3", P2, StudentId.of("s-1"), BrinCode.of("99BB00"), DAY, ELIGIBLE, "x"));
    assertThat(storage.lwooDesignations().byPartnership(P1)).extracting(LwooDesignation::id).containsExactly("lwoo-1", "lwoo-2");
    assertThat(storage.lwooDesignations().byStudent(StudentId.of("s-1"))).extracting(LwooDesignation::id).containsExactlyInAnyOrder("lwoo-1", "lwoo-3");
    assertThat(storage.lwooDesignations().delete("lwoo-1")).isTrue();
    assertThat(storage.lwooDesignations().delete("lwoo-1")).isFalse();
    assertThat(storage.lwooDesignations().find("lwoo-1")).isEmpty();
  }
}
