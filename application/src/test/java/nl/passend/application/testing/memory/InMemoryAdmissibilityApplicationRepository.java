package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Applications in memory, with a statement sequence per partnership. */
public final class InMemoryAdmissibilityApplicationRepository implements AdmissibilityApplicationRepository {
  private final Table<String, AdmissibilityApplication> table;
  private final Map<PartnershipId, Long> sequences = new ConcurrentHashMap<>();
  private final InMemoryUnitOfWork unitOfWork;

  /** Creates the repository in the unit of work. */
  public InMemoryAdmissibilityApplicationRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.table = new Table<>("application", Comparator.naturalOrder(), unitOfWork);
  }

  @Override
  public AdmissibilityApplication insert(AdmissibilityApplication application) {
    if (application.version() != 0) {
      throw new StaleVersionException("application", application.id().value(), application.version(), 0);
    }
    AdmissibilityApplication stored = application.withVersion(1);
    table.insert(application.id().value(), stored);
    return stored;
  }

  @Override
  public AdmissibilityApplication update(AdmissibilityApplication application) {
    AdmissibilityApplication stored = application.withVersion(application.version() + 1);
    table.update(application.id().value(), stored, application.version());
    return stored;
  }

  @Override
  public Optional<AdmissibilityApplication> find(ApplicationId id) {
    return table.find(id.value()).map(Versioned::value);
  }

  @Override
  public Iterable<AdmissibilityApplication> byPartnership(PartnershipId partnership) {
    return table.all().stream().map(Versioned::value).filter(a -> a.partnership().equals(partnership))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AdmissibilityApplication> byStudent(StudentId student) {
    return table.all().stream().map(Versioned::value).filter(a -> a.student().equals(student)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AdmissibilityStatement> statementsOfStudent(StudentId student, PartnershipId partnership, Optional<ApplicationId> except) {
    return table.all().stream().map(Versioned::value)
        .filter(a -> a.student().equals(student) && !except.equals(Optional.of(a.id())))
        .flatMap(a -> a.statement().stream())
        .filter(s -> s.partnership().equals(partnership))
        .sorted(Comparator.comparingLong(AdmissibilityStatement::number))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AdmissibilityApplication> decidedBetween(PartnershipId partnership, LocalDate after, LocalDate until) {
    return table.all().stream().map(Versioned::value).filter(a -> a.partnership().equals(partnership))
        .filter(a -> a.decidedOn().filter(d -> d.isAfter(after) && !d.isAfter(until)).isPresent())
        .sorted(Comparator.comparing((AdmissibilityApplication a) -> a.id().value())).collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AdmissibilityStatement> statements(PartnershipId partnership) {
    return table.all().stream().map(Versioned::value).filter(a -> a.partnership().equals(partnership)).flatMap(a -> a.statement().stream())
        .sorted(Comparator.comparingLong(AdmissibilityStatement::number)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<AdmissibilityStatement> statementsEndingBefore(PartnershipId partnership, LocalDate date) {
    return table.all().stream().map(Versioned::value)
        .filter(a -> a.partnership().equals(partnership))
        .flatMap(a -> a.statement().stream())
        .filter(s -> s.status() != StatementStatus.REVOKED && s.lastDay().filter(e -> e.isBefore(date)).isPresent())
        .sorted(Comparator.comparing((AdmissibilityStatement s) -> s.lastDay().orElseThrow()).thenComparingLong(AdmissibilityStatement::number))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public long nextStatementNumber(PartnershipId partnership) {
    return unitOfWork.write(() -> {
      long previous = sequences.getOrDefault(partnership, 0L);
      sequences.put(partnership, previous + 1);
      unitOfWork.onRollback(() -> sequences.put(partnership, previous));
      return previous + 1;
    });
  }

  @Override
  public boolean delete(ApplicationId id) {
    return table.delete(id.value());
  }
}
