package nl.passend.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.decision.port.out.StoredAssessment;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.transfer.TransferDossier;
import org.junit.jupiter.api.Test;

/** What every store of case assessments must do: round trips with every fact and source, versions, per partnership, erasure. */
public abstract class AssessmentRepositoryContract extends StorageContract {
  private static final PartnershipId P1 = PartnershipId.of("p1");
  private static final Assessment FULL = new Assessment(LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2013, 5, 2)), Optional.of(74),
      Map.of(LearningDomain.ARITHMETIC, new DomainResult(55, 30), LearningDomain.TECHNICAL_READING, new DomainResult(55, 41)),
      Map.of(Finding.values()[0], true), Optional.of(LocalDate.of(2025, 4, 1)));

  @Test
  void anAssessmentRoundTripsWithEveryFactAndSource() {
    List<TransferDossier.Source> sources = List.of(new TransferDossier.Source("iq", "IQ-1", LocalDate.of(2025, 2, 1), Optional.of(8)),
        new TransferDossier.Source("domains.ARITHMETIC", "RW-1", LocalDate.of(2025, 2, 3), Optional.empty()));
    StoredAssessment stored = storage.assessments().save(new StoredAssessment("app-1", P1, FULL, sources, 0));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(storage.assessments().find("app-1")).contains(stored);
    StoredAssessment minimal = storage.assessments().save(new StoredAssessment("app-2", P1, Assessment.on(LocalDate.of(2025, 1, 1)), List.of(), 0));
    assertThat(storage.assessments().find("app-2")).contains(minimal);
    assertThat(storage.assessments().find("app-3")).isEmpty();
  }

  @Test
  void aChangeNamesTheVersionItReadAndAStaleOneIsRefused() {
    StoredAssessment first = storage.assessments().save(new StoredAssessment("app-1", P1, FULL, List.of(), 0));
    StoredAssessment second = storage.assessments().save(new StoredAssessment("app-1", P1, Assessment.on(LocalDate.of(2025, 6, 1)).withIq(90),
        List.of(), first.version()));
    assertThat(second.version()).isEqualTo(2);
    assertThat(storage.assessments().find("app-1").orElseThrow().assessment().iq()).contains(90);
    assertThat(storage.assessments().find("app-1").orElseThrow().assessment().domains()).isEmpty();
    assertThatThrownBy(() -> storage.assessments().save(new StoredAssessment("app-1", P1, FULL, List.of(), first.version())))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> storage.assessments().save(new StoredAssessment("app-1", P1, FULL, List.of(), 0)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void theAssessmentsOfCasesDecidedInAWindowStreamInCaseIdOrderWithTheirScheme() {
    ContractFixtures.seedStudents(storage);
    PartnershipId p = ContractFixtures.P1;
    var granted = storage.applications().update(ContractFixtures.granted(storage.applications().insert(ContractFixtures.application("a-1", p, "s-1")),
        1, LocalDate.of(2027, 7, 31)));
    storage.applications().insert(ContractFixtures.application("a-2", p, "s-2"));
    List<TransferDossier.Source> sources = List.of(new TransferDossier.Source("iq", "IQ-1", LocalDate.of(2025, 2, 1), Optional.of(8)));
    StoredAssessment decided = storage.assessments().save(new StoredAssessment("a-1", p, FULL, sources, 0));
    storage.assessments().save(new StoredAssessment("a-2", p, FULL, List.of(), 0));
    storage.assessments().save(new StoredAssessment("a-9", p, FULL, List.of(), 0));
    LocalDate on = granted.decidedOn().orElseThrow();
    List<nl.passend.application.decision.port.out.DecidedAssessment> seen = new java.util.ArrayList<>();
    storage.assessments().forEachDecided(p, on.minusDays(1), on, seen::add);
    assertThat(seen).singleElement().satisfies(d -> {
      assertThat(d.stored()).isEqualTo(decided);
      assertThat(d.lwoo()).isFalse();
      assertThat(d.schoolType()).contains(granted.schoolType());
      assertThat(d.specialNeedsType()).isEqualTo(granted.specialNeedsType());
      assertThat(d.scheme()).isEqualTo(nl.passend.domain.eligibility.Scheme.forApplication(granted.schoolType(), granted.specialNeedsType()));
    });
    seen.clear();
    storage.assessments().forEachDecided(p, on.plusDays(1), on.plusDays(30), seen::add);
    assertThat(seen).isEmpty();
    storage.assessments().forEachDecided(ContractFixtures.P2, on.minusDays(1), on, seen::add);
    assertThat(seen).isEmpty();
  }

  @Test
  void assessmentsAreListedPerPartnershipAndErased() {
    storage.assessments().save(new StoredAssessment("app-2", P1, FULL, List.of(), 0));
    storage.assessments().save(new StoredAssessment("app-1", P1, FULL, List.of(), 0));
    storage.assessments().save(new StoredAssessment("app-9", PartnershipId.of("p2"), FULL, List.of(), 0));
    assertThat(storage.assessments().byPartnership(P1)).extracting(StoredAssessment::caseId).containsExactly("app-1", "app-2");
    assertThat(storage.assessments().delete("app-1")).isTrue();
    assertThat(storage.assessments().delete("app-1")).isFalse();
    assertThat(storage.assessments().find("app-1")).isEmpty();
  }
}
