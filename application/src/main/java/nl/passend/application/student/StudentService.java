package nl.passend.application.student;

import nl.passend.application.student.port.in.StudentUseCases;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.Role;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.UpdateEnrolmentsUseCase;
import nl.passend.application.student.port.in.StudentView;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.StudentId;

/**
 * Implements the student use cases. An import is checked line by line and field by field and written
 * in parts as it is read, all in one transaction: all or nothing ({@link StudentImport}). Rows of one student
 * id are that student's enrolments; a student that exists keeps its enrolments and gets the imported
 * ones added, an imported enrolment with the same school and start replacing the stored one
 * (decided).
 */
public final class StudentService implements StudentUseCases {
  private final StudentRepository students;
  private final SchoolRepository schools;
  private final PartnershipRepository partnerships;
  private final PolicyRepository policies;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final Clock clock;
  private final int partRows;

  /** Creates the service. */
  public StudentService(StudentRepository students, SchoolRepository schools, PartnershipRepository partnerships, PolicyRepository policies,
      AccessPolicy access, UnitOfWork unitOfWork, AuditLog audit, Clock clock) {
    this(students, schools, partnerships, policies, access, unitOfWork, audit, clock, StudentImport.PART_ROWS);
  }

  /** Creates the service with imports written in parts of {@code partRows} rows (tests of the part boundaries). */
  StudentService(StudentRepository students, SchoolRepository schools, PartnershipRepository partnerships, PolicyRepository policies,
      AccessPolicy access, UnitOfWork unitOfWork, AuditLog audit, Clock clock, int partRows) {
    if (partRows < 1) {
      throw new IllegalArgumentException("partRows must be at least 1");
    }
    this.partRows = partRows;
    this.students = requireNonNull(students, "students");
    this.schools = requireNonNull(schools, "schools");
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.policies = requireNonNull(policies, "policies");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public ImportStudentsUseCase.Result importStudents(ImportStudentsUseCase.Command c) {
    Actor actor = c.actor();
    access.requireStudentDataRole(actor);
    if (actor.is(Role.COMMITTEE_MEMBER)) {
      throw new AccessDeniedException("committee members do not import students");
    }
    Partnership partnership = partnerships.find(c.partnership()).map(Versioned::value)
        .orElseThrow(() -> new InvalidValueException("partnershipId", "there is no partnership " + c.partnership()));
    if (actor.is(Role.PARTNERSHIP_STAFF) && !access.isStaffOf(actor, c.partnership())) {
      throw new AccessDeniedException("staff of another partnership do not import for this one");
    }
    int tolerance = policies.find(partnership.policy()).map(PartnershipPolicy::enrolmentOverlapToleranceDays).orElse(0);
    // The stored students are read in the transaction that writes: the import sees one state of them,
    // and the storage need not look up again which of them exist.
    ImportStudentsUseCase.Result result = unitOfWork.inTransaction(() -> {
      ImportStudentsUseCase.Result stored = new StudentImport(actor, partnership, tolerance, clock.today(), partRows, students, schools, access,
          r -> requireMaySee(actor, r), c.progress()).run(c.rows());
      audit.append(new AuditEntry(clock.now(), actor.reference(), "students.import", "import:" + c.partnership().value(),
          Optional.of(c.partnership()), stored.imported() + " students imported"));
      return stored;
    });
    return result;
  }

  @Override
  public StudentView student(Actor actor, StudentId id) {
    access.requireStudentDataRole(actor);
    Versioned<StudentRecord> found = students.find(id).orElseThrow(() -> new NotFoundException("student", id.value()));
    requireMaySee(actor, found.value());
    return view(found);
  }

  private static StudentView view(Versioned<StudentRecord> stored) {
    return new StudentView(stored.value().student(), stored.value().partnership(), stored.version());
  }

  @Override
  public StudentView updateEnrolments(UpdateEnrolmentsUseCase.Command c) {
    access.requireStudentDataRole(c.actor());
    return unitOfWork.inTransaction(() -> {
      Versioned<StudentRecord> found = students.find(c.student()).orElseThrow(() -> new NotFoundException("student", c.student().value()));
      requireMaySee(c.actor(), found.value());
      int tolerance = partnerships.find(found.value().partnership()).map(Versioned::value)
          .flatMap(p -> policies.find(p.policy())).map(PartnershipPolicy::enrolmentOverlapToleranceDays).orElse(0);
      StudentRecord updated = new StudentRecord(found.value().student().withEnrolments(EnrolmentHistory.of(tolerance, c.enrolments())),
          found.value().partnership());
      Versioned<StudentRecord> stored = students.update(updated, c.expectedVersion());
      audit.append(new AuditEntry(clock.now(), c.actor().reference(), "student.enrolments", c.student().value(),
          Optional.of(found.value().partnership()), "enrolments replaced"));
      return view(stored);
    });
  }

  /**
   * Staff of the student's partnership see the student; school staff and board officers see students
   * with an enrolment at their school(s) that has not ended before today (R-PRIV-1).
   */
  private void requireMaySee(Actor actor, StudentRecord record) {
    // Staff reach the students of their partnership, also through an enrolment at one of its schools (R-INT-1).
    if (actor.is(Role.PARTNERSHIP_STAFF) && access.studentInPartnership(record.partnership(), record.student(), PartnershipId.of(actor.scope()))) {
      return;
    }
    if (actor.is(Role.SCHOOL_STAFF, Role.BOARD_OFFICER)) {
      LocalDate today = clock.today();
      boolean own = record.student().enrolments().enrolments().stream()
          .anyMatch(e -> e.until().map(u -> !u.isBefore(today)).orElse(true) && access.coversSchool(actor, e.school()));
      if (own) {
        return;
      }
    }
    throw new AccessDeniedException("this student is outside the actor's scope");
  }
}
