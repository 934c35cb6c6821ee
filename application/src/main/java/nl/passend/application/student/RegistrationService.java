package nl.passend.application.student;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
import nl.passend.application.common.port.out.IdGenerator;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.student.port.in.RecordRegistrationUseCase;
import nl.passend.application.student.port.out.RegistrationRepository;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.School;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/**
 * Records registrations (aanmeldingen, R-TLV-1): authorise, check student, school and date, store and
 * audit in one unit of work.
 */
public final class RegistrationService implements RecordRegistrationUseCase {
  private final RegistrationRepository registrations;
  private final StudentRepository students;
  private final SchoolRepository schools;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final IdGenerator ids;
  private final Clock clock;

  /** Creates the service. */
  public RegistrationService(RegistrationRepository registrations, StudentRepository students, SchoolRepository schools, AccessPolicy access,
      UnitOfWork unitOfWork, AuditLog audit, IdGenerator ids, Clock clock) {
    this.registrations = requireNonNull(registrations, "registrations");
    this.students = requireNonNull(students, "students");
    this.schools = requireNonNull(schools, "schools");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Registration register(Command c) {
    return unitOfWork.inTransaction(() -> {
      School school = schools.find(c.school()).map(Versioned::value)
          .orElseThrow(() -> new InvalidValueException("schoolBrin", "there is no school " + c.school()));
      // R-INT-1: who may record is answered before anything about the student, so that an actor who
      // may not gets the same answer whether or not the student exists.
      boolean bySchool = access.coversSchool(c.actor(), school.brin()) || isStaffOfPartnershipOf(c.actor(), school.brin());
      Optional<StudentRecord> found = students.find(c.student()).map(Versioned::value);
      if (!bySchool && !(found.isPresent() && access.isStaffOf(c.actor(), found.get().partnership()))) {
        throw new AccessDeniedException("a registration is recorded by the registering school, its board or the partnership");
      }
      StudentRecord student = found.orElseThrow(() -> new InvalidValueException("studentId", "there is no registered student " + c.student()));
      if (c.registeredOn().isAfter(clock.today())) {
        throw new InvalidValueException("registeredOn", "a registration cannot be dated after today (" + clock.today() + ")");
      }
      if (!c.registeredOn().isAfter(student.student().dateOfBirth())) {
        throw new InvalidValueException("registeredOn", "a registration is dated after the student's birth");
      }
      Registration stored = registrations.insert(new Registration(ids.next("reg"), c.student(), school.brin(), school.type(), c.registeredOn()));
      audit.append(new AuditEntry(clock.now(), c.actor().reference(), "registration.record", stored.id(), Optional.of(student.partnership()),
          "registered at a " + school.type() + " school"));
      return stored;
    });
  }

  @Override
  public Registration registration(Actor actor, String id) {
    Registration r = registrations.find(id).orElseThrow(() -> new NotFoundException("registration", id));
    if (!visible(actor, r)) {
      throw new AccessDeniedException("this registration is outside the actor's scope");
    }
    return r;
  }

  @Override
  public List<Registration> registrations(Actor actor, StudentId student) {
    return unitOfWork.inTransaction(() -> {
      students.find(student).orElseThrow(() -> new NotFoundException("student", student.value()));
      if (!actor.is(Role.SCHOOL_STAFF, Role.BOARD_OFFICER, Role.PARTNERSHIP_STAFF, Role.COMMITTEE_MEMBER)) {
        throw new AccessDeniedException("registrations are read by schools, boards and partnership staff");
      }
      return registrations.forStudent(student).stream().filter(r -> visible(actor, r)).toList();
    });
  }

  private boolean visible(Actor actor, Registration r) {
    if (access.coversSchool(actor, r.school())) {
      return true;
    }
    Optional<StudentRecord> record = students.find(r.student()).map(Versioned::value);
    if (record.isPresent() && (access.isStaffOf(actor, record.get().partnership()) || access.isCommitteeOf(actor, record.get().partnership()))) {
      return true;
    }
    return isStaffOfPartnershipOf(actor, r.school());
  }

  /** Whether the actor is staff of a partnership that the school's board is a member of. */
  private boolean isStaffOfPartnershipOf(Actor actor, nl.passend.domain.organisation.BrinCode school) {
    return access.boardOf(school).flatMap(access::board).map(b -> b.partnerships().stream().anyMatch(p -> access.isStaffOf(actor, p))).orElse(false);
  }
}
