package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.student.StudentId;

/** In-memory repositories of placement-duty cases, out-of-school cases and exemptions. */
public final class InMemoryCaseRepositories {
  private InMemoryCaseRepositories() {}

  /** Placement-duty cases in memory. */
  public static final class PlacementDutyCases implements PlacementDutyCaseRepository {
    private final Table<String, PlacementDutyCase> table;

    /** Creates the repository in the unit of work. */
    public PlacementDutyCases(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("placement-duty case", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public PlacementDutyCase insert(PlacementDutyCase c) {
      if (c.version() != 0) {
        throw new StaleVersionException("placement-duty case", c.id().value(), c.version(), 0);
      }
      PlacementDutyCase stored = c.withVersion(1);
      table.insert(c.id().value(), stored);
      return stored;
    }

    @Override
    public PlacementDutyCase update(PlacementDutyCase c) {
      PlacementDutyCase stored = c.withVersion(c.version() + 1);
      table.update(c.id().value(), stored, c.version());
      return stored;
    }

    @Override
    public Optional<PlacementDutyCase> find(CaseId id) {
      return table.find(id.value()).map(Versioned::value);
    }

    @Override
    public Iterable<PlacementDutyCase> byPartnership(PartnershipId partnership) {
      return table.all().stream().map(Versioned::value).filter(c -> c.partnership().equals(partnership)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean delete(CaseId id) {
      return table.delete(id.value());
    }
  }

  /** Out-of-school cases in memory. */
  public static final class OutOfSchoolCases implements OutOfSchoolCaseRepository {
    private final Table<String, OutOfSchoolCase> table;

    /** Creates the repository in the unit of work. */
    public OutOfSchoolCases(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("out-of-school case", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public OutOfSchoolCase insert(OutOfSchoolCase c) {
      if (c.version() != 0) {
        throw new StaleVersionException("out-of-school case", c.id().value(), c.version(), 0);
      }
      OutOfSchoolCase stored = c.withVersion(1);
      table.insert(c.id().value(), stored);
      return stored;
    }

    @Override
    public OutOfSchoolCase update(OutOfSchoolCase c) {
      OutOfSchoolCase stored = c.withVersion(c.version() + 1);
      table.update(c.id().value(), stored, c.version());
      return stored;
    }

    @Override
    public Optional<OutOfSchoolCase> find(CaseId id) {
      return table.find(id.value()).map(Versioned::value);
    }

    @Override
    public Iterable<OutOfSchoolCase> byPartnership(PartnershipId partnership) {
      return table.all().stream().map(Versioned::value).filter(c -> c.partnership().equals(partnership)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean delete(CaseId id) {
      return table.delete(id.value());
    }
  }

  /** Exemptions in memory. */
  public static final class Exemptions implements ExemptionRepository {
    private final List<Stored> rows = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
    private final InMemoryUnitOfWork unitOfWork;

    /** Creates the repository in the unit of work. */
    public Exemptions(InMemoryUnitOfWork unitOfWork) {
      this.unitOfWork = unitOfWork;
    }

    @Override
    public long add(PartnershipId partnership, StudentId student, Exemption exemption) {
      return unitOfWork.write(() -> {
        Stored row = new Stored(ids.incrementAndGet(), partnership, student, exemption);
        rows.add(row);
        unitOfWork.onRollback(() -> rows.remove(row));
        return row.id();
      });
    }

    @Override
    public java.util.Optional<Stored> find(long id) {
      return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public List<Exemption> forStudent(StudentId student) {
      List<Exemption> out = new ArrayList<>();
      rows.stream().filter(r -> r.student().equals(student)).forEach(r -> out.add(r.exemption()));
      return List.copyOf(out);
    }

    @Override
    public List<Stored> byPartnership(PartnershipId partnership) {
      return rows.stream().filter(r -> r.partnership().equals(partnership)).collect(ImmutableList.toImmutableList());
    }
  }
}
