package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.application.student.port.out.RegistrationRepository;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/** Registrations (R-TLV-1) and the LWOO register (R-LWOO-1..3) in memory. */
public final class InMemoryRegisterRepositories {
  private InMemoryRegisterRepositories() {}

  /** Registrations in memory. */
  public static final class Registrations implements RegistrationRepository {
    private final Table<String, Registration> table;

    /** Creates the repository in the unit of work. */
    public Registrations(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("registration", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public Registration insert(Registration registration) {
      return table.insert(registration.id(), registration).value();
    }

    @Override
    public Optional<Registration> find(String id) {
      return table.find(id).map(Versioned::value);
    }

    @Override
    public List<Registration> forStudent(StudentId student) {
      return table.all().stream().map(Versioned::value).filter(r -> r.student().equals(student))
          .sorted(Comparator.comparing(Registration::registeredOn).thenComparing(Registration::id)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public int deleteForStudent(StudentId student) {
      int n = 0;
      for (Registration r : forStudent(student)) {
        n += table.delete(r.id()) ? 1 : 0;
      }
      return n;
    }
  }

  /** LWOO designations in memory. */
  public static final class LwooDesignations implements LwooDesignationRepository {
    private final Table<String, LwooDesignation> table;

    /** Creates the repository in the unit of work. */
    public LwooDesignations(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("lwoo-designation", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public LwooDesignation insert(LwooDesignation designation) {
      if (designation.version() != 0) {
        throw new StaleVersionException("lwoo-designation", designation.id(), designation.version(), 0);
      }
      return table.insert(designation.id(), designation.withVersion(1)).value();
    }

    @Override
    public LwooDesignation update(LwooDesignation designation) {
      LwooDesignation stored = designation.withVersion(designation.version() + 1);
      table.update(designation.id(), stored, designation.version());
      return stored;
    }

    @Override
    public Optional<LwooDesignation> find(String id) {
      return table.find(id).map(Versioned::value);
    }

    @Override
    public List<LwooDesignation> byPartnership(PartnershipId partnership) {
      return table.all().stream().map(Versioned::value).filter(d -> d.partnership().equals(partnership)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<LwooDesignation> byStudent(StudentId student) {
      return table.all().stream().map(Versioned::value).filter(d -> d.student().equals(student)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean delete(String id) {
      return table.delete(id);
    }
  }
}
