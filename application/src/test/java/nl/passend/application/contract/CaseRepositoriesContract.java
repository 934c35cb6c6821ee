package nl.passend.application.contract;

import static nl.passend.application.contract.ContractFixtures.DAY;
import static nl.passend.application.contract.ContractFixtures.P1;
import static nl.passend.application.contract.ContractFixtures.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.placement.PlacementOutcome;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/** What every adapter of the case and exemption repositories must do. */
public abstract class CaseRepositoriesContract extends StorageContract {

  @org.junit.jupiter.api.BeforeEach
  void seed() {
    ContractFixtures.seedOrganisation(storage);
  }

  @Test
  void placementDutyCaseRoundTripsAndVersions() {
    PlacementDutyCase stored = storage.placementDutyCases().insert(
        PlacementDutyCase.register(CaseId.of("pd-1"), P1, StudentId.of("s-1"), BoardId.of("b1"), BrinCode.of("99AA00"), DAY));
    assertThat(stored.version()).isEqualTo(1);
    PlacementDutyCase concluded = storage.placementDutyCases().update(
        stored.extend(2, DAY.plusDays(3), nl.passend.domain.deadline.DeadlineRules.standard(false))
            .conclude(PlacementOutcome.PLACED_ELSEWHERE, Optional.of(BrinCode.of("99BB00")), DAY.plusWeeks(3)));
    assertThat(storage.placementDutyCases().find(CaseId.of("pd-1"))).contains(concluded);
    assertThatThrownBy(() -> storage.placementDutyCases().update(stored)).isInstanceOf(StaleVersionException.class);
    storage.placementDutyCases().insert(PlacementDutyCase.register(CaseId.of("pd-2"), P2, StudentId.of("s-2"), BoardId.of("b1"),
        BrinCode.of("99AA00"), DAY));
    assertThat(storage.placementDutyCases().byPartnership(P1)).hasSize(1);
    assertThat(storage.placementDutyCases().delete(CaseId.of("pd-1"))).isTrue();
    assertThat(storage.placementDutyCases().find(CaseId.of("pd-1"))).isEmpty();
  }

  @Test
  void outOfSchoolCaseRoundTripsWithItsSteps() {
    OutOfSchoolCase stored = storage.outOfSchoolCases().insert(OutOfSchoolCase.open(CaseId.of("tz-1"), P1, StudentId.of("s-1"),
        AbsenceCategory.ABSOLUTE_ABSENCE, DAY, "no place", Optional.empty(), "coordinator-1"));
    OutOfSchoolCase changed = storage.outOfSchoolCases().update(stored.escalate(DAY.plusWeeks(2), "x", "stalls")
        .designateSchool(BrinCode.of("99AA00"), BoardId.of("b1"), DAY.plusWeeks(3), "director")
        .withOffer(DAY.plusWeeks(4), "x", "offer").close(DAY.plusWeeks(8), "x", "back"));
    OutOfSchoolCase found = storage.outOfSchoolCases().find(CaseId.of("tz-1")).orElseThrow();
    assertThat(found).isEqualTo(changed);
    assertThat(found.steps()).hasSize(4);
    assertThatThrownBy(() -> storage.outOfSchoolCases().update(stored)).isInstanceOf(StaleVersionException.class);
    assertThat(storage.outOfSchoolCases().byPartnership(P2)).isEmpty();
  }

  @Test
  void exemptionsByStudentAndPartnership() {
    Exemption e = new Exemption(ExemptionGround.ART_5A_PHYSICAL_PSYCHOLOGICAL, LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 12, 31)));
    long first = storage.exemptions().add(P1, StudentId.of("s-1"), e);
    long second = storage.exemptions().add(P2, StudentId.of("s-2"), new Exemption(ExemptionGround.OTHER, LocalDate.of(2025, 1, 1), Optional.empty()));
    assertThat(storage.exemptions().forStudent(StudentId.of("s-1"))).containsExactly(e);
    assertThat(storage.exemptions().byPartnership(P1)).extracting(ExemptionRepository.Stored::exemption).containsExactly(e);
    assertThat(storage.exemptions().byPartnership(P1)).extracting(ExemptionRepository.Stored::student).containsExactly(StudentId.of("s-1"));
    assertThat(first).isPositive().isNotEqualTo(second);
    assertThat(storage.exemptions().find(first)).hasValueSatisfying(s -> {
      assertThat(s.exemption()).isEqualTo(e);
      assertThat(s.partnership()).isEqualTo(P1);
      assertThat(s.student()).isEqualTo(StudentId.of("s-1"));
    });
    assertThat(storage.exemptions().find(second + 1000)).isEmpty();
  }
}
