package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.calculation.port.in.ComputeDeadlinesUseCase;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SpecialEducationDeduction;
import nl.passend.domain.monitoring.Participation;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;
import nl.passend.formats.PolicyCodec;

/**
 * Policies and calculators (API.md "Policies", "Eligibility", "Deadlines", "Funding", "Participation"):
 * open to any valid token, each a translation from HTTP to a use case and back.
 */
final class PolicyRoutes {
  private final Passend passend;

  PolicyRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.get(Api.BASE + "/policies", ctx -> {
      Http.actor(ctx);
      Http.json(ctx, 200, Http.arrayPage(ctx, passend.policies().listPolicies().stream()
          .map(p -> new PolicySummary(p.id().value(), p.name(), p.sector(), p.builtIn())).toList()));
    });
    r.get(Api.BASE + "/policies/{policyId}", ctx -> {
      Http.actor(ctx);
      PolicyId id = policyId(ctx);
      Http.json(ctx, 200, PolicyCodec.document(passend.policies().policy(id).orElseThrow(() -> new NotFoundException("policy", id.value()))));
    });
    r.post(Api.BASE + "/policies/{policyId}/eligibility/{scheme}", this::eligibility);
    r.post(Api.BASE + "/policies/{policyId}/deadlines", this::deadlines);
    r.post(Api.BASE + "/policies/{policyId}/simulations", this::simulate);
    r.post(Api.BASE + "/funding/distribution", this::distribution);
    r.post(Api.BASE + "/funding/special-education-deduction", this::deduction);
    r.post(Api.BASE + "/monitoring/participation", this::participation);
  }

  /** A policy in the list. */
  record PolicySummary(String id, String name, Sector sector, boolean builtIn) {}

  /** One rule of an explanation: its id, its verdict (null when unknown) and its sentence. */
  record RuleVerdict(String id, Boolean holds, String explanation) {}

  /** The answer of an eligibility evaluation (API.md "Eligibility"). */
  record Eligibility(String policyId, Scheme scheme, String schemeVersion, String outcome,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> schoolType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<FundingCategory> fundingCategory,
      List<RuleVerdict> rules, List<String> missing,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<Integer>> matchedProfiles) {

    static Eligibility of(String policyId, EligibilityResult r) {
      return new Eligibility(policyId, r.scheme(), r.schemeVersion(), r.outcome().name(), r.schoolType().map(Enum::name), r.fundingCategory(),
          r.rules().stream().map(o -> new RuleVerdict(o.id(), o.holds().orElse(null), o.explanation())).toList(), r.missing(),
          r.scheme() == Scheme.SBO ? Optional.of(r.matchedProfiles()) : Optional.empty());
    }
  }

  /** The shares of a distribution. */
  record Allocations(Map<String, String> allocations) {}

  /** The deduction for special education. */
  record Deduction(String total, Map<String, String> perCategory, String residential) {}

  /** Participation rates. */
  record ParticipationRates(long denominator, Map<String, String> rates) {}

  /** A rule whose verdict differs between the policy in force and the candidate. */
  record RuleChange(String id, Boolean before, Boolean after, String explanation) {}

  /** A case whose outcome changes, by id only. */
  record SimulationExample(String applicationId, Scheme scheme, String before, String after, List<RuleChange> rules) {}

  /** The result of a simulation. */
  record Simulation(int evaluated, int changed, Map<String, Map<String, Integer>> byScheme, List<SimulationExample> examples) {}

  private void simulate(Context ctx) {
    Actor actor = Http.actor(ctx);
    PolicyId policy = policyId(ctx);
    com.fasterxml.jackson.databind.JsonNode body = Json.tree(ctx.bodyAsBytes());
    Fields f = new Fields();
    if (body == null || !body.isObject()) {
      throw WebProblem.badRequest("body", "a JSON object is required");
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!List.of("candidate", "from", "to").contains(name)) {
        f.add(name, "is not a known field");
      }
    });
    LocalDate from = date(body, "from", f);
    LocalDate to = date(body, "to", f);
    nl.passend.domain.policy.PartnershipPolicy candidate = null;
    com.fasterxml.jackson.databind.JsonNode doc = body.get("candidate");
    if (doc == null || doc.isNull()) {
      f.add("candidate", "is required: a policy document");
    } else if (!doc.isObject()) {
      f.add("candidate", "must be a policy document (a JSON object)");
    } else {
      try {
        candidate = PolicyCodec.read(doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "candidate");
      } catch (nl.passend.formats.PolicyDocumentException e) {
        f.add("candidate." + e.field(), e.reason());
      }
    }
    f.check();
    var result = passend.simulations().simulate(new nl.passend.application.simulation.port.in.SimulatePolicyUseCase.Command(actor, policy, candidate,
        from, to));
    Map<String, Map<String, Integer>> byScheme = new LinkedHashMap<>();
    result.byScheme().forEach((scheme, counts) -> byScheme.put(scheme.name(), counts));
    Http.json(ctx, 200, new Simulation(result.evaluated(), result.changed(), byScheme, result.examples().stream()
        .map(e -> new SimulationExample(e.caseId(), e.scheme(), e.before(), e.after(), e.rules().stream()
            .map(r -> new RuleChange(r.id(), r.before().orElse(null), r.after().orElse(null), r.explanation())).toList())).toList()));
  }

  private static LocalDate date(com.fasterxml.jackson.databind.JsonNode body, String field, Fields f) {
    com.fasterxml.jackson.databind.JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      f.add(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (java.time.format.DateTimeParseException e) {
      f.add(field, "is not a date of the form YYYY-MM-DD");
      return null;
    }
  }

  private static PolicyId policyId(Context ctx) {
    try {
      return PolicyId.of(ctx.pathParam("policyId"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("policy");
    }
  }

  private void eligibility(Context ctx) {
    Actor actor = Http.actor(ctx);
    PolicyId policy = policyId(ctx);
    Scheme scheme;
    try {
      scheme = Scheme.valueOf(ctx.pathParam("scheme").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw WebProblem.notFound("scheme " + ctx.pathParam("scheme"));
    }
    Assessment a = Requests.assessment(Http.body(ctx, Requests.Eligibility.class), "");
    Http.json(ctx, 200, Eligibility.of(policy.value(), passend.calculators().evaluate(actor, policy, scheme, a)));
  }

  private void deadlines(Context ctx) {
    Actor actor = Http.actor(ctx);
    PolicyId policy = policyId(ctx);
    Requests.Deadlines body = Http.body(ctx, Requests.Deadlines.class);
    Optional<List<ComputeDeadlinesUseCase.Holiday>> holidays = Optional.ofNullable(body.holidays()).map(list -> list.stream()
        .map(h -> h == null ? null : new ComputeDeadlinesUseCase.Holiday(h.name(), h.first(), h.last())).toList());
    var query = new ComputeDeadlinesUseCase.Query(required(body.procedure(), "procedure"), Optional.ofNullable(body.receivedOn()),
        Optional.ofNullable(body.decisionNotifiedOn()), Optional.ofNullable(body.placedOn()), Optional.ofNullable(body.issuedOn()), holidays);
    Map<String, LocalDate> dates = passend.calculators().deadlines(actor, policy, query).dates();
    Http.json(ctx, 200, dates);
  }

  private void distribution(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.Distribution body = Http.body(ctx, Requests.Distribution.class);
    Money amount = Money.parse(required(body.amount(), "amount"), "amount");
    Money roundTo = body.roundTo() == null ? Money.ofEuros(1) : Money.parse(body.roundTo(), "roundTo");
    Map<String, Long> shares = required(body.shares(), "shares");
    Map<String, String> allocations = new LinkedHashMap<>();
    passend.calculators().distribute(actor, amount, roundTo, shares).forEach((k, v) -> allocations.put(k, v.toString()));
    Http.json(ctx, 200, new Allocations(allocations));
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
    Http.json(ctx, 200, new Deduction(d.total().toString(), per, d.residential().toString()));
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
    Http.json(ctx, 200, new ParticipationRates(p.denominator(), rates));
  }
}
