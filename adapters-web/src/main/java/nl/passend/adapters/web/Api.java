package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.Passend;
import nl.passend.application.cases.port.in.OutOfSchoolUseCase;
import nl.passend.application.cases.port.in.PlacementDutyUseCase;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.HolidayPeriod;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.decision.GrantTerms;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SpecialEducationDeduction;
import nl.passend.domain.monitoring.Participation;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;

/** The routes of API.md, each a thin translation from HTTP to a use case and back. */
final class Api {
  private static final String BASE = "/api/v1";

  private final Passend passend;
  private final Clock clock;
  private final String openApi;

  Api(Passend passend, Clock clock, String openApi) {
    this.passend = passend;
    this.clock = clock;
    this.openApi = openApi;
  }

  void register(Routes r) {
    r.get(BASE + "/health", ctx -> Http.json(ctx, 200, Map.of("status", "UP")));
    r.get(BASE + "/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(openApi));

    // Policies and calculators: any valid token.
    r.get(BASE + "/policies", this::policies);
    r.get(BASE + "/policies/{policyId}", this::policy);
    r.post(BASE + "/policies/{policyId}/eligibility/{scheme}", this::eligibility);
    r.post(BASE + "/policies/{policyId}/deadlines", this::deadlines);
    r.post(BASE + "/funding/distribution", this::distribution);
    r.post(BASE + "/funding/special-education-deduction", this::deduction);
    r.post(BASE + "/monitoring/participation", this::participation);

    // Organisation.
    r.post(BASE + "/partnerships", this::createPartnership);
    r.get(BASE + "/partnerships", ctx -> Http.json(ctx, 200, passend.organisation().partnerships(Http.actor(ctx)).stream().map(Views::partnership).toList()));
    r.get(BASE + "/partnerships/{id}", ctx -> {
      Versioned<Partnership> p = passend.organisation().partnership(Http.actor(ctx), as("id", () -> PartnershipId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, p.version());
      Http.json(ctx, 200, Views.partnership(p));
    });
    r.post(BASE + "/boards", ctx -> board(ctx, false));
    r.put(BASE + "/boards/{id}", ctx -> board(ctx, true));
    r.get(BASE + "/boards", ctx -> Http.json(ctx, 200, passend.organisation().boards(Http.actor(ctx)).stream().map(Views::board).toList()));
    r.get(BASE + "/boards/{id}", ctx -> {
      var b = passend.organisation().board(Http.actor(ctx), as("id", () -> BoardId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, b.version());
      Http.json(ctx, 200, Views.board(b));
    });
    r.post(BASE + "/schools", ctx -> school(ctx, false));
    r.put(BASE + "/schools/{brin}", ctx -> school(ctx, true));
    r.get(BASE + "/schools", ctx -> Http.json(ctx, 200, passend.organisation().schools(Http.actor(ctx)).stream().map(Views::school).toList()));
    r.get(BASE + "/schools/{brin}", ctx -> {
      var s = passend.organisation().school(Http.actor(ctx), as("brin", () -> BrinCode.of(ctx.pathParam("brin"))));
      Http.withEtag(ctx, s.version());
      Http.json(ctx, 200, Views.school(s));
    });

    // Students.
    r.post(BASE + "/students/import", this::importStudents);
    r.get(BASE + "/students/{id}", ctx -> {
      var s = passend.students().student(Http.actor(ctx), as("id", () -> StudentId.of(ctx.pathParam("id"))));
      Http.withEtag(ctx, s.version());
      Http.json(ctx, 200, Views.student(s));
    });
    r.post(BASE + "/exemptions", this::exemption);
    r.get(BASE + "/exemptions/{id}", ctx -> {
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw WebProblem.notFound("exemption");
      }
      Http.json(ctx, 200, Views.exemption(passend.cases().exemption(Http.actor(ctx), id)));
    });

    // Applications and statements.
    r.post(BASE + "/applications", this::submit);
    r.get(BASE + "/applications/{id}", ctx -> {
      var view = passend.applications().application(Http.actor(ctx), applicationId(ctx));
      Http.withEtag(ctx, view.application().version());
      Http.json(ctx, 200, Views.application(view));
    });
    r.put(BASE + "/applications/{id}/dossier", this::dossier);
    r.post(BASE + "/applications/{id}/{action}", this::act);
    r.get(BASE + "/statements", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      LocalDate before = Http.queryDate(ctx, "endingBefore");
      Http.json(ctx, 200, passend.applications().statementsEndingBefore(Http.actor(ctx), p, before).stream().map(s -> Views.statement(s, clock.today())).toList());
    });

    // Cases.
    new RegisterRoutes(passend, clock).register(r);
    r.post(BASE + "/placement-duty-cases", this::openPlacementDuty);
    r.get(BASE + "/placement-duty-cases", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      boolean overdue = "true".equalsIgnoreCase(ctx.queryParam("overdue"));
      var policy = policyOf(p);
      Http.json(ctx, 200, passend.cases().placementDutyCases(Http.actor(ctx), p, overdue).stream()
          .map(c -> Views.placementDuty(c, clock.today(), policy.deadlines())).toList());
    });
    r.get(BASE + "/placement-duty-cases/{id}", ctx -> {
      PlacementDutyCase c = passend.cases().placementDutyCase(Http.actor(ctx), caseId(ctx));
      Http.withEtag(ctx, c.version());
      Http.json(ctx, 200, Views.placementDuty(c, clock.today(), policyOf(c.partnership()).deadlines()));
    });
    r.post(BASE + "/placement-duty-cases/{id}/{action}", this::actOnPlacementDuty);
    r.post(BASE + "/out-of-school-cases", this::openOutOfSchool);
    r.get(BASE + "/out-of-school-cases", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      var rules = policyOf(p).absence();
      Http.json(ctx, 200, passend.cases().outOfSchoolCases(Http.actor(ctx), p).stream().map(c -> Views.outOfSchool(c, clock.today(), rules)).toList());
    });
    r.get(BASE + "/out-of-school-cases/{id}", ctx -> {
      OutOfSchoolCase c = passend.cases().outOfSchoolCase(Http.actor(ctx), caseId(ctx));
      Http.withEtag(ctx, c.version());
      Http.json(ctx, 200, Views.outOfSchool(c, clock.today(), policyOf(c.partnership()).absence()));
    });
    r.post(BASE + "/out-of-school-cases/{id}/{action}", this::actOnOutOfSchool);

    // Reports, audit, retention.
    r.get(BASE + "/reports/monitoring", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      LocalDate countDate = Http.queryDate(ctx, "countDate");
      String given = ctx.queryParam("population");
      java.util.OptionalLong population = java.util.OptionalLong.empty();
      if (given != null) {
        try {
          population = java.util.OptionalLong.of(Long.parseLong(given.strip()));
        } catch (NumberFormatException e) {
          throw WebProblem.badRequest("population", "must be a whole number of residents aged 5 to 17");
        }
      }
      Http.json(ctx, 200, Views.report(passend.monitoring().report(Http.actor(ctx), p, countDate, population)));
    });
    r.get(BASE + "/audit", ctx -> Http.json(ctx, 200,
        passend.privacy().trail(Http.actor(ctx), Http.query(ctx, "subject")).stream().map(Views::audit).toList()));
    r.post(BASE + "/retention/purge", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      var result = passend.privacy().purge(Http.actor(ctx), p);
      Http.json(ctx, 200, Map.of("applications", result.applications(), "placementDutyCases", result.placementDutyCases(),
          "outOfSchoolCases", result.outOfSchoolCases(), "lwooDesignations", result.lwooDesignations()));
    });
  }

  // ----- policies and calculators -----

  private void policies(Context ctx) {
    Http.actor(ctx);
    List<Map<String, Object>> out = new ArrayList<>();
    passend.policies().listPolicies().forEach(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id().value());
      m.put("name", p.name());
      m.put("sector", p.sector().name());
      m.put("builtIn", p.builtIn());
      out.add(m);
    });
    Http.json(ctx, 200, out);
  }

  private void policy(Context ctx) {
    Http.actor(ctx);
    PartnershipPolicy p = policy(ctx.pathParam("policyId"));
    Http.json(ctx, 200, PolicyDocument.of(p));
  }

  private PartnershipPolicy policy(String id) {
    PolicyId policyId;
    try {
      policyId = PolicyId.of(id);
    } catch (RuntimeException e) {
      throw WebProblem.notFound("policy");
    }
    return passend.policies().policy(policyId).orElseThrow(() -> WebProblem.notFound("policy " + id));
  }

  private PartnershipPolicy policyOf(PartnershipId partnership) {
    return passend.organisation().policyOf(partnership).orElseThrow(() -> WebProblem.notFound("partnership " + partnership));
  }

  private void eligibility(Context ctx) {
    Actor actor = Http.actor(ctx);
    PartnershipPolicy policy = policy(ctx.pathParam("policyId"));
    Scheme scheme;
    try {
      scheme = Scheme.valueOf(ctx.pathParam("scheme").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw WebProblem.notFound("scheme " + ctx.pathParam("scheme"));
    }
    if (!policy.eligibility().schemes().contains(scheme)) {
      throw WebProblem.notFound("scheme " + scheme + " of policy " + policy.id());
    }
    Assessment a = Requests.assessment(Http.body(ctx, Requests.Eligibility.class), "");
    var result = passend.calculators().evaluate(actor, policy.id(), scheme, a);
    Http.json(ctx, 200, Views.eligibility(policy.id().value(), result));
  }

  private void deadlines(Context ctx) {
    Actor actor = Http.actor(ctx);
    PartnershipPolicy policy = policy(ctx.pathParam("policyId"));
    Requests.Deadlines body = Http.body(ctx, Requests.Deadlines.class);
    var procedure = required(body.procedure(), "procedure");
    LocalDate start = switch (procedure) {
      case ADMISSIBILITY_DECISION, PLACEMENT_DUTY -> required(body.receivedOn(), "receivedOn");
      case OBJECTION -> required(body.decisionNotifiedOn(), "decisionNotifiedOn");
      case DEVELOPMENT_PLAN -> required(body.placedOn(), "placedOn");
      case START_AFTER_STATEMENT -> required(body.issuedOn(), "issuedOn");
    };
    Optional<SchoolCalendar> calendar = Optional.empty();
    if (body.holidays() != null) {
      Region region = policy.calendarRegion().orElse(Region.NORTH);
      List<HolidayPeriod> periods = new ArrayList<>();
      for (int i = 0; i < body.holidays().size(); i++) {
        Requests.Holiday h = required(body.holidays().get(i), "holidays[" + i + "]");
        int index = i;
        periods.add(as("holidays[" + index + "]", () -> new HolidayPeriod(region, h.name() == null ? "holiday" : h.name(),
            required(h.first(), "holidays[" + index + "].first"), required(h.last(), "holidays[" + index + "].last"))));
      }
      calendar = Optional.of(as("holidays", () -> HolidayCalendar.of(periods)));
    }
    Deadlines d = passend.calculators().deadlines(actor, policy.id(), procedure, start, calendar);
    Http.json(ctx, 200, d.dates());
  }

  private void distribution(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.Distribution body = Http.body(ctx, Requests.Distribution.class);
    Money amount = Money.parse(required(body.amount(), "amount"), "amount");
    Money roundTo = body.roundTo() == null ? Money.ofEuros(1) : Money.parse(body.roundTo(), "roundTo");
    Map<String, Long> shares = required(body.shares(), "shares");
    Map<String, String> allocations = new LinkedHashMap<>();
    passend.calculators().distribute(actor, amount, roundTo, shares).forEach((k, v) -> allocations.put(k, v.toString()));
    Http.json(ctx, 200, Map.of("allocations", allocations));
  }

  private void deduction(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.Deduction body = Http.body(ctx, Requests.Deduction.class);
    PolicyId policyId = as("policyId", () -> PolicyId.of(required(body.policyId(), "policyId")));
    Map<FundingCategory, Long> counts = required(body.counts(), "counts");
    long residential = body.residential() == null ? 0 : body.residential();
    SpecialEducationDeduction d = passend.calculators().deduction(actor, policyId, counts, residential);
    Map<String, String> per = new LinkedHashMap<>();
    for (FundingCategory c : FundingCategory.values()) {
      per.put(c.name(), d.perCategory().get(c).toString());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", d.total().toString());
    out.put("perCategory", per);
    out.put("residential", d.residential().toString());
    Http.json(ctx, 200, out);
  }

  private void participation(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.Participation body = Http.body(ctx, Requests.Participation.class);
    int decimals = body.decimals() == null ? 1 : body.decimals();
    if (decimals < 0 || decimals > 10) {
      throw WebProblem.badRequest("decimals", "must be 0 to 10");
    }
    Participation p = passend.calculators().participation(actor, required(body.counts(), "counts"), required(body.denominator(), "denominator"), decimals);
    Map<String, String> rates = new LinkedHashMap<>();
    p.rates().forEach((k, v) -> rates.put(k, v.toPlainString()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("denominator", p.denominator());
    out.put("rates", rates);
    Http.json(ctx, 200, out);
  }

  // ----- organisation -----

  private void createPartnership(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.PartnershipDto body = Http.body(ctx, Requests.PartnershipDto.class);
    Fields f = new Fields();
    PartnershipId id = f.as("id", () -> PartnershipId.of(f.required(body.id(), "id")));
    PolicyId policyId = f.as("policyId", () -> PolicyId.of(f.required(body.policyId(), "policyId")));
    String name = f.required(body.name(), "name");
    f.check();
    var sector = body.sector() != null ? body.sector() : passend.policies().policy(policyId).map(PartnershipPolicy::sector)
        .orElseThrow(() -> WebProblem.badRequest("policyId", "there is no policy " + policyId));
    var stored = passend.organisation().register(new RegisterPartnershipUseCase.Command(actor, id, name, sector,
        body.region() == null ? "" : body.region(), policyId));
    Http.created(ctx, BASE + "/partnerships/" + id.value(), stored.version(), Views.partnership(stored));
  }

  private void board(Context ctx, boolean update) {
    Actor actor = Http.actor(ctx);
    long expected = update ? Http.ifMatch(ctx) : 0;
    Requests.BoardDto body = Http.body(ctx, Requests.BoardDto.class);
    Fields f = new Fields();
    String idText = update ? ctx.pathParam("id") : f.required(body.id(), "id");
    BoardId id = idText == null ? null : f.as("id", () -> BoardId.of(idText));
    Set<PartnershipId> partnerships = new HashSet<>();
    List<String> ids = f.required(body.partnershipIds(), "partnershipIds");
    for (String p : ids == null ? List.<String>of() : ids) {
      PartnershipId pid = f.as("partnershipIds", () -> PartnershipId.of(p));
      if (pid != null) {
        partnerships.add(pid);
      }
    }
    String name = f.required(body.name(), "name");
    f.check();
    var command = new RegisterBoardUseCase.Command(actor, id, name, partnerships);
    if (update) {
      var stored = passend.organisation().update(command, expected);
      Http.withEtag(ctx, stored.version());
      Http.json(ctx, 200, Views.board(stored));
    } else {
      var stored = passend.organisation().register(command);
      Http.created(ctx, BASE + "/boards/" + id.value(), stored.version(), Views.board(stored));
    }
  }

  private void school(Context ctx, boolean update) {
    Actor actor = Http.actor(ctx);
    long expected = update ? Http.ifMatch(ctx) : 0;
    Requests.SchoolDto body = Http.body(ctx, Requests.SchoolDto.class);
    Fields f = new Fields();
    String brinText = update ? ctx.pathParam("brin") : f.required(body.brin(), "brin");
    BrinCode brin = brinText == null ? null : f.as("brin", () -> BrinCode.of(brinText));
    BoardId board = f.as("boardId", () -> BoardId.of(f.required(body.boardId(), "boardId")));
    Optional<Cluster> cluster = body.cluster() == null ? Optional.empty() : Optional.ofNullable(f.as("cluster", () -> Cluster.of(body.cluster())));
    Set<SpecialNeedsType> served = body.specialNeedsTypes() == null ? Set.of() : EnumSet.copyOf(body.specialNeedsTypes().isEmpty()
        ? EnumSet.noneOf(SpecialNeedsType.class) : EnumSet.copyOf(body.specialNeedsTypes()));
    String name = f.required(body.name(), "name");
    var type = f.required(body.schoolType(), "schoolType");
    f.check();
    var command = new RegisterSchoolUseCase.Command(actor, brin, name, board, type, cluster, served);
    if (update) {
      var stored = passend.organisation().update(command, expected);
      Http.withEtag(ctx, stored.version());
      Http.json(ctx, 200, Views.school(stored));
    } else {
      var stored = passend.organisation().register(command);
      Http.created(ctx, BASE + "/schools/" + brin.value(), stored.version(), Views.school(stored));
    }
  }

  // ----- students -----

  private void importStudents(Context ctx) {
    Actor actor = Http.actor(ctx);
    PartnershipId partnership = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
    String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!contentType.startsWith("text/csv")) {
      throw WebProblem.unsupportedMediaType("text/csv");
    }
    List<ImportStudentsUseCase.Row> rows = StudentCsv.read(ctx.bodyInputStream());
    int imported = passend.students().importStudents(new ImportStudentsUseCase.Command(actor, partnership, rows));
    Http.json(ctx, 200, Map.of("imported", imported));
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
    Http.created(ctx, BASE + "/exemptions/" + id, 1, Views.exemption(passend.cases().exemption(actor, id)));
  }

  // ----- applications -----

  private ApplicationId applicationId(Context ctx) {
    try {
      return ApplicationId.of(ctx.pathParam("id"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("application");
    }
  }

  private CaseId caseId(Context ctx) {
    try {
      return CaseId.of(ctx.pathParam("id"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("case");
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
    AdmissibilityApplication a = passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(actor, policy, partnership, student, school,
        b.schoolType(), Optional.ofNullable(b.specialNeedsType()), Boolean.TRUE.equals(b.proSpecialRoute()), b.receivedOn(), renews, replaces));
    Http.created(ctx, BASE + "/applications/" + a.id().value(), a.version(), Views.application(passend.applications().view(a)));
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

  private void act(Context ctx) {
    Actor actor = Http.actor(ctx);
    ApplicationId id = applicationId(ctx);
    Action action = Action.fromApiName(ctx.pathParam("action")).filter(Action::isProcedureStep)
        .orElseThrow(() -> WebProblem.notFound("action " + ctx.pathParam("action")));
    // Authorise and find before asking for If-Match, so that a stranger learns nothing more than 403/404.
    passend.applications().application(actor, id);
    long expected = Http.ifMatch(ctx);
    Requests.ActionDto b = ctx.bodyAsBytes().length == 0 ? new Requests.ActionDto(null, null, null, null, null, null, null, null, null, null)
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
    AdmissibilityApplication a = passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(actor, id, expected, action,
        b.on() == null ? clock.today() : b.on(), b.reason() == null ? "" : b.reason(), grant, Optional.ofNullable(b.by()),
        Optional.ofNullable(b.upheld()), Optional.ofNullable(b.advice())));
    Http.withEtag(ctx, a.version());
    Http.json(ctx, 200, Views.application(passend.applications().view(a)));
  }

  private void dossier(Context ctx) {
    Actor actor = Http.actor(ctx);
    ApplicationId id = applicationId(ctx);
    passend.applications().application(actor, id);
    long expected = Http.ifMatch(ctx);
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
    Http.json(ctx, 200, Views.application(passend.applications().view(a)));
  }

  // ----- cases -----

  private void openPlacementDuty(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.PlacementDutyDto b = Http.body(ctx, Requests.PlacementDutyDto.class);
    PlacementDutyCase c = passend.cases().openPlacementDuty(new PlacementDutyUseCase.Open(actor,
        as("partnershipId", () -> PartnershipId.of(required(b.partnershipId(), "partnershipId"))),
        as("studentId", () -> StudentId.of(required(b.studentId(), "studentId"))),
        as("schoolBrin", () -> BrinCode.of(required(b.schoolBrin(), "schoolBrin"))), required(b.registeredOn(), "registeredOn")));
    Http.created(ctx, BASE + "/placement-duty-cases/" + c.id().value(), c.version(),
        Views.placementDuty(c, clock.today(), policyOf(c.partnership()).deadlines()));
  }

  private void actOnPlacementDuty(Context ctx) {
    Actor actor = Http.actor(ctx);
    CaseId id = caseId(ctx);
    PlacementDutyUseCase.Step step = switch (ctx.pathParam("action")) {
      case "extend" -> PlacementDutyUseCase.Step.EXTEND;
      case "conclude" -> PlacementDutyUseCase.Step.CONCLUDE;
      case "enrol-temporarily" -> PlacementDutyUseCase.Step.ENROL_TEMPORARILY;
      default -> throw WebProblem.notFound("action " + ctx.pathParam("action"));
    };
    passend.cases().placementDutyCase(actor, id);
    long expected = Http.ifMatch(ctx);
    Requests.PlacementActionDto b = Http.body(ctx, Requests.PlacementActionDto.class);
    PlacementDutyCase c = passend.cases().actOnPlacementDuty(new PlacementDutyUseCase.Act(actor, id, expected, step,
        b.on() == null ? clock.today() : b.on(), Optional.ofNullable(b.weeks()), Optional.ofNullable(b.outcome()),
        Optional.ofNullable(b.placedAtBrin()).map(s -> as("placedAtBrin", () -> BrinCode.of(s))), b.reason()));
    Http.withEtag(ctx, c.version());
    Http.json(ctx, 200, Views.placementDuty(c, clock.today(), policyOf(c.partnership()).deadlines()));
  }

  private void openOutOfSchool(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.OutOfSchoolDto b = Http.body(ctx, Requests.OutOfSchoolDto.class);
    OutOfSchoolCase c = passend.cases().openOutOfSchool(new OutOfSchoolUseCase.Open(actor,
        as("partnershipId", () -> PartnershipId.of(required(b.partnershipId(), "partnershipId"))),
        as("studentId", () -> StudentId.of(required(b.studentId(), "studentId"))), required(b.category(), "category"),
        required(b.startedOn(), "startedOn"), required(b.reason(), "reason"),
        Optional.ofNullable(b.boardWithDuty()).map(s -> as("boardWithDuty", () -> BoardId.of(s))), required(b.coordinator(), "coordinator")));
    Http.created(ctx, BASE + "/out-of-school-cases/" + c.id().value(), c.version(),
        Views.outOfSchool(c, clock.today(), policyOf(c.partnership()).absence()));
  }

  private void actOnOutOfSchool(Context ctx) {
    Actor actor = Http.actor(ctx);
    CaseId id = caseId(ctx);
    OutOfSchoolUseCase.Step step = switch (ctx.pathParam("action")) {
      case "step" -> OutOfSchoolUseCase.Step.STEP;
      case "offer" -> OutOfSchoolUseCase.Step.OFFER;
      case "escalate" -> OutOfSchoolUseCase.Step.ESCALATE;
      case "designate" -> OutOfSchoolUseCase.Step.DESIGNATE;
      case "close" -> OutOfSchoolUseCase.Step.CLOSE;
      default -> throw WebProblem.notFound("action " + ctx.pathParam("action"));
    };
    passend.cases().outOfSchoolCase(actor, id);
    long expected = Http.ifMatch(ctx);
    Requests.OutOfSchoolActionDto b = Http.body(ctx, Requests.OutOfSchoolActionDto.class);
    String description = b.description() != null ? b.description() : b.reason();
    OutOfSchoolCase c = passend.cases().actOnOutOfSchool(new OutOfSchoolUseCase.Act(actor, id, expected, step,
        b.on() == null ? clock.today() : b.on(), required(description, "description"),
        Optional.ofNullable(b.designatedSchoolBrin()).map(s -> as("designatedSchoolBrin", () -> BrinCode.of(s)))));
    Http.withEtag(ctx, c.version());
    Http.json(ctx, 200, Views.outOfSchool(c, clock.today(), policyOf(c.partnership()).absence()));
  }
}
