package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.application.decision.port.out.AssessmentRepository;
import nl.passend.application.decision.port.out.StoredAssessment;
import nl.passend.domain.organisation.PartnershipId;

/** The assessments of cases in memory. */
public final class InMemoryAssessments implements AssessmentRepository {
  private final Table<String, StoredAssessment> table;
  private final nl.passend.application.decision.port.out.AdmissibilityApplicationRepository applications;
  private final nl.passend.application.decision.port.out.LwooDesignationRepository designations;

  /** Creates the repository in the unit of work, beside the cases it finds decided ones in. */
  public InMemoryAssessments(InMemoryUnitOfWork unitOfWork, nl.passend.application.decision.port.out.AdmissibilityApplicationRepository applications,
      nl.passend.application.decision.port.out.LwooDesignationRepository designations) {
    this.table = new Table<>("assessment", Comparator.naturalOrder(), unitOfWork);
    this.applications = applications;
    this.designations = designations;
  }

  @Override
  public void forEachDecided(PartnershipId partnership, java.time.LocalDate from, java.time.LocalDate to,
      java.util.function.Consumer<nl.passend.application.decision.port.out.DecidedAssessment> each) {
    java.util.function.Predicate<Optional<java.time.LocalDate>> inWindow = d -> d.filter(x -> !x.isBefore(from) && !x.isAfter(to)).isPresent();
    java.util.TreeMap<String, nl.passend.application.decision.port.out.DecidedAssessment> decided = new java.util.TreeMap<>();
    for (var a : applications.byPartnership(partnership)) {
      if (inWindow.test(a.decidedOn())) {
        find(a.id().value()).ifPresent(s -> decided.put(s.caseId(), new nl.passend.application.decision.port.out.DecidedAssessment(s, false,
            Optional.of(a.schoolType()), a.specialNeedsType())));
      }
    }
    for (var d : designations.byPartnership(partnership)) {
      if (inWindow.test(d.decidedOn())) {
        find(d.id()).ifPresent(s -> decided.put(s.caseId(), new nl.passend.application.decision.port.out.DecidedAssessment(s, true, Optional.empty(),
            Optional.empty())));
      }
    }
    decided.values().forEach(each);
  }

  @Override
  public Optional<StoredAssessment> find(String caseId) {
    return table.find(caseId).map(v -> at(v.value(), v.version()));
  }

  @Override
  public StoredAssessment save(StoredAssessment a) {
    if (a.version() == 0) {
      try {
        return at(a, table.insert(a.caseId(), a).version());
      } catch (nl.passend.application.common.AlreadyExistsException e) {
        throw new nl.passend.application.common.StaleVersionException("assessment", a.caseId(), 0, table.find(a.caseId()).map(Versioned::version)
            .orElse(0L));
      }
    }
    return at(a, table.update(a.caseId(), a, a.version()).version());
  }

  @Override
  public List<StoredAssessment> byPartnership(PartnershipId partnership) {
    return table.all().stream().filter(v -> v.value().partnership().equals(partnership)).map(v -> at(v.value(), v.version()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean delete(String caseId) {
    return table.delete(caseId);
  }

  private static StoredAssessment at(StoredAssessment a, long version) {
    return new StoredAssessment(a.caseId(), a.partnership(), a.assessment(), a.sources(), version);
  }
}
