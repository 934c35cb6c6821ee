package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.AdmissibilityApplicationView;
import nl.passend.application.decision.port.in.ApplicationSummary;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.StatementView;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.ApplicationState;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;

/** Admissibility applications, their steps and dossier, and statements (API.md "Applications", "Statements"). */
final class ApplicationRoutes {
  private final Passend passend;

  ApplicationRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.post(Api.BASE + "/applications", this::submit);
    r.get(Api.BASE + "/applications", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      Optional<ApplicationState> state = Optional.ofNullable(ctx.queryParam("state")).map(v -> {
        try {
          return ApplicationState.valueOf(v.strip());
        } catch (IllegalArgumentException e) {
          throw WebProblem.badRequest("state", "is not a state; allowed: " + java.util.Arrays.toString(ApplicationState.values()));
        }
      });
      Optional<LocalDate> dueBefore = Optional.ofNullable(ctx.queryParam("dueBefore")).map(v -> Http.date(v, "dueBefore"));
      Http.json(ctx, 200, Http.page(ctx, passend.applications().applications(Http.actor(ctx), p, state, dueBefore).stream()
          .map(InboxLine::of).toList()));
    });
    r.get(Api.BASE + "/applications/{id}", ctx -> {
      var view = passend.applications().application(Http.actor(ctx), applicationId(ctx));
      Http.withEtag(ctx, view.application().version());
      Http.json(ctx, 200, ApplicationResponse.of(view));
    });
    r.put(Api.BASE + "/applications/{id}/dossier", this::dossier);
    r.get(Api.BASE + "/applications/{id}/letter", ctx -> {
      var letter = passend.applications().decisionLetter(Http.actor(ctx), applicationId(ctx));
      ctx.status(200).contentType(letter.contentType()).header("Content-Disposition", "inline; filename=\"beschikking-"
          + ctx.pathParam("id") + ".pdf\"").result(letter.content());
    });
    r.get(Api.BASE + "/applications/{id}/letters", ctx -> Http.json(ctx, 200, new Http.Page<>(passend.applications()
        .letterDeliveries(Http.actor(ctx), applicationId(ctx)).stream().map(LetterDeliveryResponse::of).toList(), null)));
    r.post(Api.BASE + "/applications/{id}/{action}", this::act);
    r.get(Api.BASE + "/statements", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      LocalDate before = Http.queryDate(ctx, "endingBefore");
      Http.json(ctx, 200, Http.arrayPage(ctx, passend.applications().statementsEndingBefore(Http.actor(ctx), p, before).stream()
          .map(StatementResponse::of).toList()));
    });
  }

  /** A line of the committee's inbox: an application with its state and next deadline. */
  record InboxLine(String id, String studentId, String applyingSchoolBrin, SchoolType schoolType, ApplicationState state, LocalDate receivedOn,
      long version, String nextDeadline, LocalDate nextDeadlineDate, boolean overdue) {
    static InboxLine of(ApplicationSummary s) {
      return new InboxLine(s.id().value(), s.studentId().value(), s.applyingSchool().value(), s.schoolType(), s.state(), s.receivedOn(), s.version(),
          s.nextDeadline().orElse(null), s.nextDeadlineDate().orElse(null), s.overdue());
    }
  }

  /** A step of the trail. */
  record Step(String action, String by, LocalDate on, String reason) {}

  /** The committee's advice (R-DL-3). */
  record Advice(String advice, LocalDate on, String reason) {}

  /** An objection (R-DL-9). */
  record ObjectionResponse(ObjectingParty by, LocalDate receivedOn, LocalDate decisionNotifiedOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Boolean> upheld,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> decidedOn) {}

  /** The dossier and what it still lacks (R-TLV-4, R-TLV-5). */
  record Dossier(List<String> items, List<String> missingItems, List<String> expertAdviceProblems,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> firstChoiceSchoolBrin) {}

  /** A statement with its status today (R-INT-4): EXPIRED after its end, never a stored status that time overtook. */
  record StatementResponse(long number, String partnershipId, String studentId, SchoolType schoolType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<SpecialNeedsType> specialNeedsType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<FundingCategory> fundingCategory,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> categoryOverrideReason,
      LocalDate issuedOn, LocalDate startDate, LocalDate endDate, String legalBasis, StatementStatus status,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> renews,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> replacingStatement) {

    static StatementResponse of(StatementView v) {
      AdmissibilityStatement s = v.statement();
      // The last day it is valid: for a replaced statement the day before its replacement starts (R-INT-4).
      return new StatementResponse(s.number(), s.partnership().value(), s.student().value(), s.schoolType(), s.specialNeedsType(),
          s.fundingCategory(), s.categoryOverrideReason(), s.issuedOn(), s.startDate(), s.lastDay().orElse(null), s.legalBasis(), v.status(),
          s.renews().map(String::valueOf), s.replacement().map(r -> String.valueOf(r.number())));
    }
  }

  /** An application with its deadlines, trail, advice, statement, objection and dossier. */
  record ApplicationResponse(String id, String policyId, String partnershipId, String studentId, String applyingSchoolBrin, SchoolType schoolType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> renews,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> replaces,
      LocalDate receivedOn, String state, long version, Map<String, LocalDate> deadlines, LocalDate decisionDue, boolean extended,
      long suspendedDays, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> decidedOn, List<Step> trail,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Advice> advice,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<StatementResponse> statement,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<ObjectionResponse> objection, Dossier dossier, List<String> nextSteps) {

    static ApplicationResponse of(AdmissibilityApplicationView view) {
      AdmissibilityApplication a = view.application();
      return new ApplicationResponse(a.id().value(), a.policy().value(), a.partnership().value(), a.student().value(), a.applyingSchool().value(),
          a.schoolType(), a.specialNeedsType(), a.proSpecialRoute(), a.renews().map(String::valueOf), a.replaces().map(String::valueOf),
          a.receivedOn(), a.state().name(), a.version(), view.deadlines().dates(), view.decisionDue(), a.extended(), a.suspendedDays(),
          a.decidedOn(), a.trail().stream().map(t -> new Step(t.action().apiName(), t.by(), t.on(), t.reason())).toList(),
          a.advice().map(v -> new Advice(v.advice().name(), v.on(), v.reason())),
          a.statement().map(s -> StatementResponse.of(new StatementView(s, s.statusOn(view.today())))),
          a.objection().map(o -> new ObjectionResponse(o.by(), o.receivedOn(), o.decisionNotifiedOn(), o.upheld(), o.decidedOn())),
          new Dossier(a.dossier().stream().map(Enum::name).sorted().toList(), view.missingDossierItems().stream().map(Enum::name).toList(),
              view.expertAdviceProblems(), a.firstChoiceSchool().map(BrinCode::value)), view.nextSteps().stream().map(Action::apiName).toList());
    }
  }

  private static ApplicationId applicationId(Context ctx) {
    try {
      return ApplicationId.of(ctx.pathParam("id"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("application");
    }
  }

  private void submit(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.ApplicationDto b = Http.body(ctx, Requests.ApplicationDto.class);
    Fields f = new Fields();
    PolicyId policy = f.as("policyId", () -> PolicyId.of(f.required(b.policyId(), "policyId")));
    PartnershipId partnership = f.as("partnershipId", () -> PartnershipId.of(f.required(b.partnershipId(), "partnershipId")));
    StudentId student = f.as("studentId", () -> StudentId.of(f.required(b.studentId(), "studentId")));
    BrinCode school = f.as("applyingSchoolBrin", () -> BrinCode.of(f.required(b.applyingSchoolBrin(), "applyingSchoolBrin")));
    f.required(b.schoolType(), "schoolType");
    f.required(b.receivedOn(), "receivedOn");
    Optional<Long> renews = Optional.ofNullable(b.renews()).map(n -> f.as("renews", () -> statementNumber("renews", n)));
    Optional<Long> replaces = Optional.ofNullable(b.replaces()).map(n -> f.as("replaces", () -> statementNumber("replaces", n)));
    f.check();
    AdmissibilityApplication a = passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(actor, policy, partnership, student,
        school, b.schoolType(), Optional.ofNullable(b.specialNeedsType()), Boolean.TRUE.equals(b.proSpecialRoute()), b.receivedOn(), renews, replaces));
    Http.created(ctx, Api.BASE + "/applications/" + a.id().value(), a.version(), ApplicationResponse.of(passend.applications().view(a)));
  }

  /** A statement's sequence number as the API writes it: digits, at least 1. */
  private static long statementNumber(String field, String value) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new nl.passend.domain.common.InvalidValueException(field, "is a statement's sequence number, not \"" + value + "\"");
    }
    if (n < 1) {
      throw new nl.passend.domain.common.InvalidValueException(field, "a statement's sequence number starts at 1");
    }
    return n;
  }

  /** How far one decision letter got: no addressee, only the role. */
  record LetterDeliveryResponse(String id, Addressee.Role role, nl.passend.application.letters.port.in.LetterDelivery.Status status, int attempts,
      java.time.Instant queuedAt, java.time.Instant sentAt) {
    static LetterDeliveryResponse of(nl.passend.application.letters.port.in.LetterDelivery d) {
      return new LetterDeliveryResponse(d.id(), d.role(), d.status(), d.attempts(), d.queuedAt(), d.sentAt().orElse(null));
    }
  }

  /** The addressees of a deciding step's letter, every bad one named ({@code addressees[1].email}). */
  private static List<Addressee> addressees(Action action, List<Requests.AddresseeDto> given) {
    return addressees(nl.passend.domain.decision.AdmissibilityApplication.sendsDecisionLetter(action), "grant, refuse, not-consider, decide-objection",
        given);
  }

  /**
   * The addressees of a step's letter, every bad one named ({@code addressees[1].email}); refused for a
   * step that does not decide (R-DL-6), naming the steps that do.
   */
  static List<Addressee> addressees(boolean decides, String decidingSteps, List<Requests.AddresseeDto> given) {
    if (given == null || given.isEmpty()) {
      return List.of();
    }
    Fields f = new Fields();
    if (!decides) {
      f.add("addressees", "only a step that decides sends a letter (R-DL-6): " + decidingSteps);
    }
    if (given.size() > 20) {
      f.add("addressees", "at most 20 addressees");
    }
    List<Addressee> out = new java.util.ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String at = "addressees[" + i + "]";
      Requests.AddresseeDto d = given.get(i);
      if (d == null) {
        f.add(at, "is required");
        continue;
      }
      f.required(d.role(), at + ".role");
      f.as(at + ".name", () -> new Addressee(Addressee.Role.SCHOOL, f.required(d.name(), at + ".name"), "x@example.org"));
      // By e-mail or by post (Awb 2:14: e-mail only for who asked for it), one of the two.
      if ((d.email() == null) == (d.postalAddress() == null)) {
        f.add(at + ".email", "give an e-mail address or a postal address (postalAddress), one of the two");
      } else if (d.email() != null) {
        f.as(at + ".email", () -> new Addressee(Addressee.Role.SCHOOL, "x", d.email()));
      } else {
        f.as(at + ".postalAddress", () -> Addressee.byPost(Addressee.Role.SCHOOL, "x", d.postalAddress()));
      }
      if (!f.has(at + ".role") && !f.has(at + ".name") && !f.has(at + ".email") && !f.has(at + ".postalAddress")) {
        out.add(new Addressee(d.role(), d.name(), java.util.Optional.ofNullable(d.email()), java.util.Optional.ofNullable(d.postalAddress())));
      }
    }
    f.check();
    return List.copyOf(out);
  }

  private void act(Context ctx) {
    Actor actor = Http.actor(ctx);
    ApplicationId id = applicationId(ctx);
    Action action = Action.fromApiName(ctx.pathParam("action")).filter(Action::isProcedureStep)
        .orElseThrow(() -> WebProblem.notFound("action " + ctx.pathParam("action")));
    // The use case authorises and loads before it looks at the version, so that a stranger learns no more than 403/404.
    long expected = Http.ifMatchIfGiven(ctx);
    Requests.ActionDto b = ctx.bodyAsBytes().length == 0 ? new Requests.ActionDto(null, null, null, null, null, null, null, null, null, null, null)
        : Http.body(ctx, Requests.ActionDto.class);
    Optional<GrantTerms> grant = Optional.empty();
    if (action == Action.GRANT) {
      grant = Optional.of(new GrantTerms(required(b.startDate(), "startDate"), Optional.ofNullable(b.endDate()), Optional.ofNullable(b.fundingCategory()),
          Optional.ofNullable(b.categoryOverrideReason()), Optional.ofNullable(b.exitDestination())));
    }
    if (action == Action.ADVISE) {
      required(b.advice(), "advice");
    }
    if (action == Action.OBJECT) {
      required(b.by(), "by");
    }
    if (action == Action.DECIDE_OBJECTION) {
      required(b.upheld(), "upheld");
    }
    List<Addressee> addressees = addressees(action, b.addressees());
    AdmissibilityApplication a = passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(actor, id, expected, action,
        Optional.ofNullable(b.on()), b.reason() == null ? "" : b.reason(), grant, Optional.ofNullable(b.by()),
        Optional.ofNullable(b.upheld()), Optional.ofNullable(b.advice()), addressees));
    Http.withEtag(ctx, a.version());
    Http.json(ctx, 200, ApplicationResponse.of(passend.applications().view(a)));
  }

  private void dossier(Context ctx) {
    Actor actor = Http.actor(ctx);
    ApplicationId id = applicationId(ctx);
    long expected = Http.ifMatchIfGiven(ctx);
    Requests.DossierDto b = Http.body(ctx, Requests.DossierDto.class);
    List<ExpertAdvice> advices = new ArrayList<>();
    if (b.expertAdvices() != null) {
      for (int i = 0; i < b.expertAdvices().size(); i++) {
        Requests.AdviceDto a = b.expertAdvices().get(i);
        String field = "expertAdvices[" + i + "]";
        advices.add(as(field, () -> new ExpertAdvice(a.expertReference(), a.profession(),
            Optional.ofNullable(a.employerBrin()).map(BrinCode::of), a.givenOn())));
      }
    }
    AdmissibilityApplication a = passend.applications().recordDossier(new RecordDossierUseCase.Command(actor, id, expected,
        b.items() == null ? Set.of() : Set.copyOf(b.items()), advices,
        Optional.ofNullable(b.firstChoiceSchoolBrin()).map(s -> as("firstChoiceSchoolBrin", () -> BrinCode.of(s)))));
    Http.withEtag(ctx, a.version());
    Http.json(ctx, 200, ApplicationResponse.of(passend.applications().view(a)));
  }
}
