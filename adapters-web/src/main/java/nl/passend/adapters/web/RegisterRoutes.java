package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.decision.port.in.DecideLwooDesignationUseCase;
import nl.passend.application.student.port.in.RecordRegistrationUseCase;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/**
 * The routes of API 1.1 for registrations (R-TLV-1) and the LWOO register (R-LWOO-1..3), each a thin
 * translation from HTTP to a use case and back.
 */
final class RegisterRoutes {
  private static final String REGISTRATIONS = "/api/v1/registrations";
  private static final String LWOO = "/api/v1/lwoo-designations";

  private final Passend passend;

  RegisterRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.post(REGISTRATIONS, this::register);
    r.get(REGISTRATIONS, ctx -> {
      Actor actor = Http.actor(ctx);
      StudentId student = as("studentId", () -> StudentId.of(Http.query(ctx, "studentId")));
      Http.json(ctx, 200, Http.page(ctx, passend.registrations().registrations(actor, student).stream().map(Registered::of).toList()));
    });
    r.get(REGISTRATIONS + "/{id}", ctx -> Http.json(ctx, 200, Registered.of(passend.registrations().registration(Http.actor(ctx),
        ctx.pathParam("id")))));
    r.post(LWOO, this::submitLwoo);
    r.get(LWOO, ctx -> {
      Actor actor = Http.actor(ctx);
      PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      var inForceOn = Optional.ofNullable(ctx.queryParam("inForceOn")).map(v -> Http.date(v, "inForceOn"));
      Http.json(ctx, 200, Http.page(ctx, passend.lwooDesignations().designations(actor, partnership, inForceOn).stream()
          .map(LwooResponse::of).toList()));
    });
    r.get(LWOO + "/{id}", ctx -> {
      LwooDesignation d = passend.lwooDesignations().designation(Http.actor(ctx), ctx.pathParam("id"));
      Http.withEtag(ctx, d.version());
      Http.json(ctx, 200, LwooResponse.of(d));
    });
    r.get(LWOO + "/{id}/letter", ctx -> {
      var letter = passend.lwooDesignations().decisionLetter(Http.actor(ctx), ctx.pathParam("id"));
      ctx.status(200).contentType(letter.contentType()).header("Content-Disposition", "inline; filename=\"beschikking-"
          + ctx.pathParam("id") + ".pdf\"").result(letter.content());
    });
    r.post(LWOO + "/{id}/{action}", this::actOnLwoo);
  }

  /** A registration of a student at a school. */
  record Registered(String id, String studentId, String schoolBrin, SchoolType schoolType, LocalDate registeredOn) {
    static Registered of(Registration r) {
      return new Registered(r.id(), r.student().value(), r.school().value(), r.schoolType(), r.registeredOn());
    }
  }

  /** A step of a designation's trail. */
  record Step(String action, String by, LocalDate on, String reason) {}

  /** An objection to a designation. */
  record LwooObjection(ObjectingParty by, LocalDate receivedOn, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Boolean> upheld,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> decidedOn) {}

  /** An LWOO designation; on submission with the evaluation it rests on. */
  record LwooResponse(String id, String partnershipId, String studentId, String schoolBrin, LocalDate receivedOn, LwooDesignation.State state,
      long version, Outcome outcome, String schemeVersion,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> decidedOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> startDate,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> endDate,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> registeredWithDuoOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LwooObjection> objection, List<Step> trail,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<PolicyRoutes.Eligibility> evaluation) {

    static LwooResponse of(LwooDesignation d) {
      return of(d, Optional.empty());
    }

    static LwooResponse of(LwooDesignation d, Optional<PolicyRoutes.Eligibility> evaluation) {
      return new LwooResponse(d.id(), d.partnership().value(), d.student().value(), d.school().value(), d.receivedOn(), d.state(), d.version(),
          d.outcome(), d.schemeVersion(), d.decidedOn(), d.startDate(), d.endDate(), d.registeredWithDuoOn(),
          d.objection().map(o -> new LwooObjection(o.by(), o.receivedOn(), o.upheld(), o.decidedOn())),
          d.trail().stream().map(t -> new Step(t.step().apiName(), t.by(), t.on(), t.reason())).toList(), evaluation);
    }
  }

  private void register(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.RegistrationDto b = Http.body(ctx, Requests.RegistrationDto.class);
    Fields f = new Fields();
    StudentId student = f.as("studentId", () -> StudentId.of(f.required(b.studentId(), "studentId")));
    BrinCode school = f.as("schoolBrin", () -> BrinCode.of(f.required(b.schoolBrin(), "schoolBrin")));
    f.required(b.registeredOn(), "registeredOn");
    f.check();
    Registration stored = passend.registrations().register(new RecordRegistrationUseCase.Command(actor, student, school, b.registeredOn()));
    Http.created(ctx, REGISTRATIONS + "/" + stored.id(), 1, Registered.of(stored));
  }

  private void submitLwoo(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.LwooDesignationDto b = Http.body(ctx, Requests.LwooDesignationDto.class);
    Fields f = new Fields();
    PartnershipId partnership = f.as("partnershipId", () -> PartnershipId.of(f.required(b.partnershipId(), "partnershipId")));
    StudentId student = f.as("studentId", () -> StudentId.of(f.required(b.studentId(), "studentId")));
    BrinCode school = f.as("schoolBrin", () -> BrinCode.of(f.required(b.schoolBrin(), "schoolBrin")));
    f.required(b.receivedOn(), "receivedOn");
    var assessment = f.required(b.assessment(), "assessment") == null ? null : Requests.assessment(b.assessment(), "assessment.", f);
    f.check();
    var submitted = passend.lwooDesignations().submit(new DecideLwooDesignationUseCase.Submit(actor, partnership, student, school,
        b.receivedOn(), assessment));
    var body = LwooResponse.of(submitted.designation(),
        Optional.of(PolicyRoutes.Eligibility.of(submitted.policy().value(), submitted.evaluation())));
    Http.created(ctx, LWOO + "/" + submitted.designation().id(), submitted.designation().version(), body);
  }

  private void actOnLwoo(Context ctx) {
    Actor actor = Http.actor(ctx);
    String id = ctx.pathParam("id");
    LwooDesignation.Step step = LwooDesignation.Step.fromApiName(ctx.pathParam("action"))
        .orElseThrow(() -> WebProblem.notFound("action " + ctx.pathParam("action")));
    // The use case authorises and loads before it looks at the version, so that a stranger learns no more than 403/404.
    long expected = Http.ifMatchIfGiven(ctx);
    Requests.LwooActionDto b = ctx.bodyAsBytes().length == 0 ? new Requests.LwooActionDto(null, null, null, null, null, null, null)
        : Http.body(ctx, Requests.LwooActionDto.class);
    if (step == LwooDesignation.Step.OBJECT) {
      required(b.by(), "by");
    }
    if (step == LwooDesignation.Step.DECIDE_OBJECTION) {
      required(b.upheld(), "upheld");
    }
    Optional<java.time.LocalDate> date = step == LwooDesignation.Step.END ? Optional.ofNullable(b.endDate()) : Optional.ofNullable(b.startDate());
    var addressees = ApplicationRoutes.addressees(DecideLwooDesignationUseCase.Act.decides(step), "grant, refuse, decide-objection", b.addressees());
    LwooDesignation d = passend.lwooDesignations().act(new DecideLwooDesignationUseCase.Act(actor, id, expected, step,
        Optional.ofNullable(b.on()), b.reason(), date, Optional.ofNullable(b.by()), Optional.ofNullable(b.upheld()), addressees));
    Http.withEtag(ctx, d.version());
    Http.json(ctx, 200, LwooResponse.of(d));
  }
}
