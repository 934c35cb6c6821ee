package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Students in memory. */
public final class InMemoryStudentRepository implements StudentRepository {
  private final Table<StudentId, StudentRecord> table;
  private final InMemoryUnitOfWork unitOfWork;

  /** Creates the repository in the unit of work. */
  public InMemoryStudentRepository(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.table = new Table<>("student", Comparator.naturalOrder(), unitOfWork);
  }

  @Override
  public Optional<Versioned<StudentRecord>> find(StudentId id) {
    return table.find(id);
  }

  @Override
  public Versioned<StudentRecord> insert(StudentRecord record) {
    return table.insert(record.student().id(), record);
  }

  @Override
  public Versioned<StudentRecord> update(StudentRecord record, long expectedVersion) {
    return table.update(record.student().id(), record, expectedVersion);
  }

  @Override
  public void upsertAll(List<StudentRecord> records) {
    unitOfWork.inTransaction(() -> {
      records.forEach(r -> table.upsert(r.student().id(), r));
      return null;
    });
  }

  @Override
  public Iterable<StudentRecord> byPartnership(PartnershipId partnership) {
    return table.all().stream().map(Versioned::value).filter(r -> r.partnership().equals(partnership))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public Optional<java.time.LocalDate> hold(StudentId id) {
    // Units of work over the in-memory repositories already run one at a time.
    return table.find(id).map(v -> v.value().student().dateOfBirth());
  }

  @Override
  public long count() {
    return table.size();
  }
}
