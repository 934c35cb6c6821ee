package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.cases.port.in.RecordedExemption;
import nl.passend.application.common.Actor;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.StudentView;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Students: the import, a student with its enrolments, and exemptions (API.md "Students", "Exemptions"). */
final class StudentRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(StudentRoutes.class);
  private final Passend passend;

  StudentRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.post(Api.BASE + "/students/import", this::importStudents);
    r.get(Api.BASE + "/students/{id}", ctx -> {
      StudentView s = passend.students().student(Http.actor(ctx), as("id", () -> StudentId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, s.version());
      Http.json(ctx, 200, StudentResponse.of(s));
    });
    r.post(Api.BASE + "/exemptions", this::exemption);
    r.get(Api.BASE + "/exemptions/{id}", ctx -> {
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw WebProblem.notFound("exemption");
      }
      Http.json(ctx, 200, ExemptionResponse.of(passend.cases().exemption(Http.actor(ctx), id)));
    });
  }

  /** An enrolment; {@code until} is null while it lasts. */
  record EnrolmentResponse(String schoolBrin, SchoolType schoolType, LocalDate from, LocalDate until) {}

  /** A student. */
  record StudentResponse(String id, LocalDate dateOfBirth, List<EnrolmentResponse> enrolments, String partnershipId, long version) {
    static StudentResponse of(StudentView v) {
      return new StudentResponse(v.student().id().value(), v.student().dateOfBirth(), v.student().enrolments().enrolments().stream()
          .map(e -> new EnrolmentResponse(e.school().value(), e.schoolType(), e.from(), e.until().orElse(null))).toList(),
          v.partnership().value(), v.version());
    }
  }

  /** An exemption; its ground is shown to the partnership's staff only (R-INT-9 keeps it out of the audit trail). */
  record ExemptionResponse(String id, String partnershipId, String studentId, ExemptionGround ground, LocalDate from, LocalDate until) {
    static ExemptionResponse of(RecordedExemption e) {
      return new ExemptionResponse(String.valueOf(e.id()), e.partnership().value(), e.student().value(), e.exemption().ground(),
          e.exemption().from(), e.exemption().until().orElse(null));
    }
  }

  /**
   * What an import stored: {@code imported} as API.md gives it, and (additions of 1.1) how many of
   * them were new, how many were stored before, and how many lines were read.
   */
  record Imported(int imported, int created, int updated, int lines) {}

  private void importStudents(Context ctx) {
    Actor actor = Http.actor(ctx);
    PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
    String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!contentType.startsWith("text/csv")) {
      throw WebProblem.unsupportedMediaType("text/csv");
    }
    // The body is read while the import runs, in parts: a file of a million lines is never held whole.
    ImportProgressLog progress = new ImportProgressLog(partnership.value(), LOG::info, System::nanoTime);
    ImportStudentsUseCase.Result r;
    try {
      r = passend.students().importStudents(new ImportStudentsUseCase.Command(actor, partnership, StudentCsv.rows(ctx.bodyInputStream()), progress));
    } catch (RuntimeException e) {
      progress.refused(e instanceof ImportRejectedException rejected ? rejected.total() + (rejected.total() == 1 ? " bad line" : " bad lines")
          : e.getClass().getSimpleName());
      throw e;
    }
    progress.stored(r);
    Http.json(ctx, 200, new Imported(r.imported(), r.created(), r.updated(), r.lines()));
  }

  private void exemption(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.ExemptionDto body = Http.body(ctx, Requests.ExemptionDto.class);
    Fields f = new Fields();
    PartnershipId p = f.as("partnershipId", () -> PartnershipId.of(f.required(body.partnershipId(), "partnershipId")));
    StudentId s = f.as("studentId", () -> StudentId.of(f.required(body.studentId(), "studentId")));
    var ground = f.required(body.ground(), "ground");
    var from = f.required(body.from(), "from");
    Exemption e = ground == null || from == null ? null : f.as("until", () -> new Exemption(ground, from, Optional.ofNullable(body.until())));
    f.check();
    long id = passend.cases().recordExemption(actor, p, s, e);
    Http.created(ctx, Api.BASE + "/exemptions/" + id, 1, ExemptionResponse.of(new RecordedExemption(id, p, s, e)));
  }
}
