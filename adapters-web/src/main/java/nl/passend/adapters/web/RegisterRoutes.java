package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import io.javalin.http.Context;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.decision.port.in.DecideLwooDesignationUseCase;
import nl.passend.application.student.port.in.RecordRegistrationUseCase;
import nl.passend.domain.decision.LwooDesignation;
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
  private final Clock clock;

  RegisterRoutes(Passend passend, Clock clock) {
    this.passend = passend;
    this.clock = clock;
  }

  void register(Routes r) {
    r.post(REGISTRATIONS, this::register);
    r.get(REGISTRATIONS, ctx -> {
      Actor actor = Http.actor(ctx);
      StudentId student = as("studentId", () -> StudentId.of(Http.query(ctx, "studentId")));
      Http.json(ctx, 200, Http.page(ctx, passend.registrations().registrations(actor, student).stream().map(Views::registration).toList()));
    });
    r.get(REGISTRATIONS + "/{id}", ctx -> Http.json(ctx, 200, Views.registration(passend.registrations().registration(Http.actor(ctx),
        ctx.pathParam("id")))));
    r.post(LWOO, this::submitLwoo);
    r.get(LWOO, ctx -> {
      Actor actor = Http.actor(ctx);
      PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      var inForceOn = Optional.ofNullable(ctx.queryParam("inForceOn")).map(v -> Http.date(v, "inForceOn"));
      Http.json(ctx, 200, Http.page(ctx, passend.lwooDesignations().designations(actor, partnership, inForceOn).stream()
          .map(Views::lwooDesignation).toList()));
    });
    r.get(LWOO + "/{id}", ctx -> {
      LwooDesignation d = passend.lwooDesignations().designation(Http.actor(ctx), ctx.pathParam("id"));
      Http.withEtag(ctx, d.version());
      Http.json(ctx, 200, Views.lwooDesignation(d));
    });
    r.post(LWOO + "/{id}/{action}", this::actOnLwoo);
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
    Http.created(ctx, REGISTRATIONS + "/" + stored.id(), 1, Views.registration(stored));
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
    var body = Views.lwooDesignation(submitted.designation());
    body.put("evaluation", Views.eligibility(submitted.policy().value(), submitted.evaluation()));
    Http.created(ctx, LWOO + "/" + submitted.designation().id(), submitted.designation().version(), body);
  }

  private void actOnLwoo(Context ctx) {
    Actor actor = Http.actor(ctx);
    String id = ctx.pathParam("id");
    LwooDesignation.Step step = LwooDesignation.Step.fromApiName(ctx.pathParam("action"))
        .orElseThrow(() -> WebProblem.notFound("action " + ctx.pathParam("action")));
    // Authorise and find before asking for If-Match, so that a stranger learns nothing more than 403/404.
    passend.lwooDesignations().designation(actor, id);
    long expected = Http.ifMatch(ctx);
    Requests.LwooActionDto b = ctx.bodyAsBytes().length == 0 ? new Requests.LwooActionDto(null, null, null, null, null, null)
        : Http.body(ctx, Requests.LwooActionDto.class);
    if (step == LwooDesignation.Step.OBJECT) {
      required(b.by(), "by");
    }
    if (step == LwooDesignation.Step.DECIDE_OBJECTION) {
      required(b.upheld(), "upheld");
    }
    Optional<java.time.LocalDate> date = step == LwooDesignation.Step.END ? Optional.ofNullable(b.endDate()) : Optional.ofNullable(b.startDate());
    LwooDesignation d = passend.lwooDesignations().act(new DecideLwooDesignationUseCase.Act(actor, id, expected, step,
        b.on() == null ? clock.today() : b.on(), b.reason(), date, Optional.ofNullable(b.by()), Optional.ofNullable(b.upheld())));
    Http.withEtag(ctx, d.version());
    Http.json(ctx, 200, Views.lwooDesignation(d));
  }
}
