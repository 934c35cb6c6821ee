package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.transfer.port.in.TransferDossierUseCases;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.transfer.TransferDossier;

/** OSO dossiers (API.md "OSO dossiers"): read and show, and import the pupil. The citizen number is never in an answer. */
final class TransferDossierRoutes {
  private final Passend passend;

  TransferDossierRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.post(Api.BASE + "/oso-dossiers", ctx -> {
      var actor = Http.actor(ctx);
      requireXml(ctx);
      Http.json(ctx, 200, DossierResponse.of(passend.transferDossiers().read(actor, ctx.bodyInputStream())));
    });
    r.post(Api.BASE + "/applications/{id}/dossier/oso", ctx -> {
      var actor = Http.actor(ctx);
      var id = applicationId(ctx);
      requireXml(ctx);
      TransferDossierUseCases.Attached attached = passend.transferDossiers().attach(actor, id, ctx.bodyInputStream());
      Http.json(ctx, 200, new AttachedResponse(attached.applicationId().value(), AssessmentBody.of(attached.assessment()),
          attached.sources().stream().map(x -> new Source(x.fact(), x.test(), x.date(), x.yearGroup())).toList(),
          attached.warnings().stream().map(w -> new WarningResponse(w.field(), w.message())).toList(), attached.version()));
    });
    r.get(Api.BASE + "/applications/{id}/eligibility", ctx -> eligibility(ctx, passend.applications().eligibility(Http.actor(ctx), applicationId(ctx))));
    r.put(Api.BASE + "/applications/{id}/assessment", ctx -> {
      Actor actor = Http.actor(ctx);
      var id = applicationId(ctx);
      long expected = Http.ifMatchIfGiven(ctx);
      var facts = Requests.assessment(Http.body(ctx, Requests.Eligibility.class), "");
      eligibility(ctx, passend.applications().recordAssessment(new nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command(actor, id,
          expected, facts)));
    });
    r.post(Api.BASE + "/students/import-oso", ctx -> {
      var actor = Http.actor(ctx);
      PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      Optional<StudentId> id = Optional.ofNullable(ctx.queryParam("studentId")).map(v -> as("studentId", () -> StudentId.of(v)));
      requireXml(ctx);
      TransferDossierUseCases.Imported imported = passend.transferDossiers().importStudent(actor, partnership, id, ctx.bodyInputStream());
      Http.json(ctx, 200, new ImportedResponse(imported.studentId().value(), imported.enrolments(),
          imported.warnings().stream().map(w -> new WarningResponse(w.field(), w.message())).toList()));
    });
  }

  private static void requireXml(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!(type.startsWith("application/xml") || type.startsWith("text/xml"))) {
      throw WebProblem.unsupportedMediaType("application/xml (an OSO dossier)");
    }
  }

  /** The pupil: date of birth and current school, never names or the citizen number. */
  record Student(@JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> dateOfBirth,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> schoolBrin,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<SchoolType> schoolType) {}

  /** A learning result. */
  record Domain(int dl, int dle) {}

  /** The eligibility of an application on its kept facts, with the facts' version as the ETag. */
  private static void eligibility(Context ctx, nl.passend.application.decision.port.in.ApplicationEligibility e) {
    Http.withEtag(ctx, e.assessmentVersion());
    Http.json(ctx, 200, new ApplicationEligibilityResponse(PolicyRoutes.Eligibility.of(e.policy().value(), e.result()),
        AssessmentBody.of(e.assessment()), e.sources().stream().map(x -> new Source(x.fact(), x.test(), x.date(), x.yearGroup())).toList(),
        e.assessmentVersion()));
  }

  /** The assessment, a valid body of the eligibility calculator as it stands. */
  record AssessmentBody(LocalDate assessmentDate, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> dateOfBirth,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> iq, Map<String, Domain> domains) {
    static AssessmentBody of(Assessment a) {
      Map<String, Domain> domains = new LinkedHashMap<>();
      a.domains().forEach((d, r) -> domains.put(d.name(), new Domain(r.dl(), r.dle())));
      return new AssessmentBody(a.assessmentDate(), a.dateOfBirth(), a.iq(), domains);
    }
  }

  /** Where a fact came from. */
  record Source(String fact, String test, LocalDate date, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> yearGroup) {}

  /** A period of the school career. */
  record SchoolPeriod(String schoolYear, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> yearGroup, LocalDate from, LocalDate until,
      String schoolBrin, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<SchoolType> schoolType) {}

  /** A development plan's period. */
  record Plan(LocalDate from, LocalDate until) {}

  /** An earlier statement. */
  record Statement(String number, String partnershipCode, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> fundingCategory,
      LocalDate startDate, LocalDate endDate) {}

  /** An earlier LWOO designation. */
  record Lwoo(String number, String partnershipCode, LocalDate startDate, LocalDate endDate) {}

  /** A diagnosis by code and date. */
  record Diagnosis(List<String> codes, LocalDate date) {}

  /** An arrangement. */
  record Arrangement(String kind, LocalDate date, LocalDate endDate, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> reference) {}

  /** A fact left out or marked. */
  record WarningResponse(String field, String message) {}

  /** What Passend reads from a dossier. */
  record DossierResponse(String standardVersion, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> transfer, Student student,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<AssessmentBody> assessment, List<Source> sources, List<SchoolPeriod> schoolCareer,
      List<Plan> developmentPlans, List<Statement> statements, List<Lwoo> lwooDesignations, List<Diagnosis> diagnoses,
      List<Arrangement> arrangements, List<String> withheld, List<WarningResponse> warnings) {

    static DossierResponse of(TransferDossier d) {
      return new DossierResponse(d.standardVersion(), d.transfer(),
          new Student(d.pupil().dateOfBirth(), d.pupil().school().map(BrinCode::value), d.pupil().schoolType()),
          d.assessment().map(AssessmentBody::of),
          d.sources().stream().map(s -> new Source(s.fact(), s.test(), s.date(), s.yearGroup())).toList(),
          d.schoolCareer().stream().map(p -> new SchoolPeriod(p.schoolYear(), p.yearGroup(), p.from(), p.until().orElse(null), p.school().value(),
              p.schoolType())).toList(),
          d.developmentPlans().stream().map(p -> new Plan(p.from(), p.until().orElse(null))).toList(),
          d.statements().stream().map(s -> new Statement(s.number(), s.partnershipCode(), s.fundingCategory().map(Enum::name), s.startDate(),
              s.endDate().orElse(null))).toList(),
          d.lwooDesignations().stream().map(l -> new Lwoo(l.number(), l.partnershipCode(), l.startDate(), l.endDate().orElse(null))).toList(),
          d.diagnoses().stream().map(x -> new Diagnosis(x.codes(), x.date().orElse(null))).toList(),
          d.arrangements().stream().map(a -> new Arrangement(a.kind(), a.date(), a.endDate().orElse(null), a.reference())).toList(),
          d.withheld(), d.warnings().stream().map(w -> new WarningResponse(w.field(), w.message())).toList());
    }
  }

  /** The facts kept with an application. */
  record AttachedResponse(String applicationId, AssessmentBody assessment, List<Source> sources, List<WarningResponse> warnings, long version) {}

  /** An application's eligibility now, on the facts kept with it. */
  record ApplicationEligibilityResponse(PolicyRoutes.Eligibility evaluation, AssessmentBody assessment, List<Source> sources, long assessmentVersion) {}

  private static nl.passend.domain.decision.ApplicationId applicationId(Context ctx) {
    try {
      return nl.passend.domain.decision.ApplicationId.of(ctx.pathParam("id"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("application");
    }
  }

  /** What an import from a dossier stored. */
  record ImportedResponse(String studentId, int enrolments, List<WarningResponse> warnings) {}
}
