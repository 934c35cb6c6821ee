package nl.passend.application.student;

import nl.passend.application.student.port.in.StudentUseCases;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ReadStudentUseCase;
import nl.passend.application.student.port.in.UpdateEnrolmentsUseCase;
import nl.passend.application.student.port.in.StudentView;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;

/**
 * Implements the student use cases. An import is checked line by line and field by field before
 * anything is written, and then written in one transaction: all or nothing. Rows of one student
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

  /** Creates the service. */
  public StudentService(StudentRepository students, SchoolRepository schools, PartnershipRepository partnerships, PolicyRepository policies,
      AccessPolicy access, UnitOfWork unitOfWork, AuditLog audit, Clock clock) {
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
  public int importStudents(ImportStudentsUseCase.Command c) {
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
    LocalDate today = clock.today();
    List<LineError> errors = new ArrayList<>();
    Map<StudentId, Parsed> byStudent = new LinkedHashMap<>();
    Map<BrinCode, Optional<School>> schoolCache = new java.util.HashMap<>();

    for (Row row : c.rows()) {
      int before = errors.size();
      StudentId id = field(errors, row.line(), "studentId", () -> StudentId.of(row.studentId() == null ? null : row.studentId().strip()));
      LocalDate dob = date(errors, row.line(), "dateOfBirth", row.dateOfBirth(), true);
      if (dob != null && dob.isAfter(today)) {
        errors.add(new LineError(row.line(), "dateOfBirth", "must not lie in the future"));
      }
      BrinCode brin = field(errors, row.line(), "schoolBrin", () -> BrinCode.of(row.schoolBrin()));
      SchoolType type = field(errors, row.line(), "schoolType", () -> SchoolType.valueOf(required(row.schoolType()).strip().toUpperCase(Locale.ROOT)));
      LocalDate from = date(errors, row.line(), "enrolledFrom", row.enrolledFrom(), true);
      LocalDate until = date(errors, row.line(), "enrolledUntil", row.enrolledUntil(), false);
      if (from != null && until != null && until.isBefore(from)) {
        errors.add(new LineError(row.line(), "enrolledUntil", "ends before enrolledFrom"));
      }
      if (dob != null && from != null && type != null) {
        Enrolment.tooEarly(type, from, dob).ifPresent(why -> errors.add(new LineError(row.line(), "enrolledFrom", why)));
      }
      if (brin != null) {
        Optional<School> school = schoolCache.computeIfAbsent(brin, b -> schools.find(b).map(Versioned::value));
        if (school.isEmpty()) {
          errors.add(new LineError(row.line(), "schoolBrin", "there is no school " + brin));
        } else {
          if (type != null && school.get().type() != type) {
            errors.add(new LineError(row.line(), "schoolType", "school " + brin + " is " + school.get().type() + ", not " + type));
          }
          if (!partnership.memberBoards().contains(school.get().board())) {
            errors.add(new LineError(row.line(), "schoolBrin", "school " + brin + " does not belong to a board of partnership " + partnership.id()));
          }
          if (!actor.is(Role.PARTNERSHIP_STAFF) && !access.coversSchool(actor, brin)) {
            throw new AccessDeniedException("line " + row.line() + ": school " + brin + " is outside the actor's scope");
          }
        }
      }
      if (errors.size() > before || id == null) {
        continue;
      }
      Parsed parsed = byStudent.computeIfAbsent(id, k -> new Parsed(dob, row.line()));
      if (!parsed.dateOfBirth.equals(dob)) {
        errors.add(new LineError(row.line(), "dateOfBirth", "differs from line " + parsed.firstLine + " for the same student"));
        continue;
      }
      parsed.enrolments.add(new Enrolment(brin, type, from, Optional.ofNullable(until)));
      parsed.lines.add(row.line());
    }

    // The stored students are read in the transaction that writes: the import sees one state of them,
    // and the storage need not look up again which of them exist.
    return unitOfWork.inTransaction(() -> {
      List<StudentRecord> records = new ArrayList<>();
      Map<StudentId, Versioned<StudentRecord>> storedStudents = students.findAll(byStudent.keySet());
      // R-INT-1: a row for a stored student outside the actor's scope refuses the whole import with 403,
      // before any comparison, so that no answer tells anything about that student.
      for (Versioned<StudentRecord> stored : storedStudents.values()) {
        requireMaySee(actor, stored.value());
      }
      for (Map.Entry<StudentId, Parsed> e : byStudent.entrySet()) {
        Parsed p = e.getValue();
        Optional<Versioned<StudentRecord>> existing = Optional.ofNullable(storedStudents.get(e.getKey()));
        List<Enrolment> merged = new ArrayList<>();
        if (existing.isPresent()) {
          if (!existing.get().value().student().dateOfBirth().equals(p.dateOfBirth)) {
            errors.add(new LineError(p.firstLine, "dateOfBirth", "differs from the stored student with this id"));
            continue;
          }
          for (Enrolment stored : existing.get().value().student().enrolments().enrolments()) {
            boolean replaced = p.enrolments.stream().anyMatch(n -> n.school().equals(stored.school()) && n.from().equals(stored.from()));
            if (!replaced) {
              merged.add(stored);
            }
          }
        }
        merged.addAll(p.enrolments);
        try {
          EnrolmentHistory history = EnrolmentHistory.of(tolerance, merged);
          Student student = existing.map(v -> v.value().student().withEnrolments(history))
              .orElseGet(() -> Student.register(e.getKey(), p.dateOfBirth, today, history));
          // R-INT-1: an import never moves a student to another partnership.
          records.add(new StudentRecord(student, existing.map(v -> v.value().partnership()).orElse(c.partnership())));
        } catch (InvalidValueException overlap) {
          errors.add(new LineError(p.lines.get(p.lines.size() - 1), "enrolledFrom", overlap.reason()));
        }
      }
      if (!errors.isEmpty()) {
        throw new ImportRejectedException(errors);
      }
      students.upsertAll(records);
      audit.append(new AuditEntry(clock.now(), actor.reference(), "students.import", "import:" + c.partnership().value(),
          Optional.of(c.partnership()), records.size() + " students imported"));
      return records.size();
    });
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

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("value", "is required");
    }
    return value;
  }

  private static <T> T field(List<LineError> errors, int line, String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      errors.add(new LineError(line, name, e.reason()));
    } catch (IllegalArgumentException | NullPointerException e) {
      errors.add(new LineError(line, name, "is missing or not a valid value"));
    }
    return null;
  }

  private static LocalDate date(List<LineError> errors, int line, String name, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new LineError(line, name, "is required"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new LineError(line, name, "must be an ISO date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static final class Parsed {
    final LocalDate dateOfBirth;
    final int firstLine;
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    Parsed(LocalDate dateOfBirth, int firstLine) {
      this.dateOfBirth = dateOfBirth;
      this.firstLine = firstLine;
    }
  }
}
