package nl.passend.application.transfer;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.Actor;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.transfer.port.in.TransferDossierUseCases;
import nl.passend.application.transfer.port.out.TransferDossierReader;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.transfer.TransferDossier;

/**
 * Reads transfer dossiers through the reader port, and imports their pupils through the student
 * import, so that an imported pupil meets every check of a CSV import and is stored all or nothing.
 */
public final class TransferDossierService implements TransferDossierUseCases {
  private final TransferDossierReader reader;
  private final AccessPolicy access;
  private final ImportStudentsUseCase students;
  private final nl.passend.application.decision.port.out.AdmissibilityApplicationRepository applications;
  private final nl.passend.application.decision.port.out.AssessmentRepository assessments;
  private final nl.passend.application.common.port.out.UnitOfWork unitOfWork;
  private final nl.passend.application.common.port.out.AuditLog audit;
  private final nl.passend.application.common.port.out.Clock clock;

  /** Wires the service. */
  public TransferDossierService(TransferDossierReader reader, AccessPolicy access, ImportStudentsUseCase students,
      nl.passend.application.decision.port.out.AdmissibilityApplicationRepository applications,
      nl.passend.application.decision.port.out.AssessmentRepository assessments, nl.passend.application.common.port.out.UnitOfWork unitOfWork,
      nl.passend.application.common.port.out.AuditLog audit, nl.passend.application.common.port.out.Clock clock) {
    this.reader = requireNonNull(reader, "reader");
    this.access = requireNonNull(access, "access");
    this.students = requireNonNull(students, "students");
    this.applications = requireNonNull(applications, "applications");
    this.assessments = requireNonNull(assessments, "assessments");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Attached attach(Actor actor, nl.passend.domain.decision.ApplicationId id, InputStream dossier) {
    var application = applications.find(id).orElseThrow(() -> new nl.passend.application.common.NotFoundException("application", id.value()));
    access.requireMayRead(actor, application.partnership(), application.applyingSchool());
    TransferDossier read = reader.read(dossier);
    var assessment = read.assessment().orElseThrow(() -> new UnreadableDocumentException("/dossier/huidigeschool/leerling/toetslijst",
        "the dossier gives no assessment to keep", false));
    return unitOfWork.inTransaction(() -> {
      var current = applications.find(id).orElseThrow(() -> new nl.passend.application.common.NotFoundException("application", id.value()));
      if (current.decidedOn().isPresent()) {
        throw new nl.passend.domain.common.RuleViolationException("R-PRIV-3", "application " + id.value()
            + " is decided: the facts it was decided on stay as they were");
      }
      long version = assessments.find(id.value()).map(nl.passend.application.decision.port.out.StoredAssessment::version).orElse(0L);
      var stored = assessments.save(new nl.passend.application.decision.port.out.StoredAssessment(id.value(), current.partnership(), assessment,
          read.sources(), version));
      audit.append(new nl.passend.application.common.port.out.AuditEntry(clock.now(), actor.reference(), "application.assessment", id.value(),
          Optional.of(current.partnership()), "assessment kept from a transfer dossier (" + read.sources().size() + " sourced facts)"));
      return new Attached(id, stored.assessment(), stored.sources(), read.warnings(), stored.version());
    });
  }

  @Override
  public TransferDossier read(Actor actor, InputStream dossier) {
    access.requireStudentDataRole(actor);
    return reader.read(dossier);
  }

  @Override
  public Imported importStudent(Actor actor, PartnershipId partnership, Optional<StudentId> studentId, InputStream dossier) {
    access.requireStudentDataRole(actor);
    TransferDossier read = reader.read(dossier);
    LocalDate born = read.pupil().dateOfBirth()
        .orElseThrow(() -> new UnreadableDocumentException("/dossier/huidigeschool/leerling/geboortedatum", "a pupil is imported with its date of birth",
            false));
    StudentId id = studentId.orElseGet(() -> derivedId(read));
    List<ImportStudentsUseCase.Row> rows = new ArrayList<>();
    int line = 1;
    for (Enrolled e : enrolments(read)) {
      rows.add(new ImportStudentsUseCase.Row(line++, id.value(), born.toString(), e.school(), e.type(), e.from().toString(),
          e.until().map(LocalDate::toString).orElse("")));
    }
    if (rows.isEmpty()) {
      throw new UnreadableDocumentException("/dossier/huidigeschool/leerling/schoolloopbaanlijst",
          "the dossier names no period of its school career at a school type Passend knows, so there is no enrolment to import", false);
    }
    students.importStudents(new ImportStudentsUseCase.Command(actor, partnership, rows));
    return new Imported(id, rows.size(), read.warnings());
  }

  /** {@code <school>-<the school's own id of the pupil>}, a pseudonymous id of the dossier's school. */
  private static StudentId derivedId(TransferDossier read) {
    String school = read.pupil().school().map(b -> b.value()).orElseThrow(() -> new UnreadableDocumentException(
        "/dossier/huidigeschool/brincode", "without a studentId the student is named by its school and the school's own id", false));
    String own = read.schoolId().orElseThrow(() -> new UnreadableDocumentException("/dossier/huidigeschool/leerling/leerlingid",
        "without a studentId the student is named by its school and the school's own id (leerlingid)", false));
    try {
      return StudentId.of(school + "-" + own);
    } catch (InvalidValueException e) {
      throw new UnreadableDocumentException("/dossier/huidigeschool/leerling/leerlingid", "cannot name a student; give a studentId", false);
    }
  }

  private record Enrolled(String school, String type, LocalDate from, Optional<LocalDate> until) {}

  /** The career as enrolments: consecutive periods at one school of one type make one enrolment. */
  private static List<Enrolled> enrolments(TransferDossier read) {
    List<Enrolled> out = new ArrayList<>();
    for (TransferDossier.SchoolPeriod p : read.schoolCareer()) {
      if (p.schoolType().isEmpty()) {
        continue;
      }
      String school = p.school().value();
      String type = p.schoolType().get().name();
      if (!out.isEmpty()) {
        Enrolled last = out.get(out.size() - 1);
        if (last.school().equals(school) && last.type().equals(type) && last.until().map(u -> !u.plusDays(1).isBefore(p.from())).orElse(true)) {
          Optional<LocalDate> until = last.until().isEmpty() || p.until().isEmpty() ? Optional.empty()
              : Optional.of(last.until().get().isAfter(p.until().get()) ? last.until().get() : p.until().get());
          out.set(out.size() - 1, new Enrolled(school, type, last.from().isBefore(p.from()) ? last.from() : p.from(), until));
          continue;
        }
      }
      out.add(new Enrolled(school, type, p.from(), p.until()));
    }
    return out;
  }
}
