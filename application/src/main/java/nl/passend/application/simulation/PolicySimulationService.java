package nl.passend.application.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.Role;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.decision.port.out.AssessmentRepository;
import nl.passend.application.decision.port.out.StoredAssessment;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.simulation.port.in.SimulatePolicyUseCase;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.RuleOutcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * Evaluates the stored assessments of decided cases under the policy in force and a candidate: the
 * store streams the assessments of the applications and LWOO designations decided in the window, with
 * what decides each one's scheme, and each is evaluated twice as it passes.
 */
public final class PolicySimulationService implements SimulatePolicyUseCase {
  /** At most this many examples are given. */
  static final int MAX_EXAMPLES = 20;

  private final PolicyRepository policies;
  private final PartnershipRepository partnerships;
  private final AssessmentRepository assessments;
  private final AccessPolicy access;
  private final AuditLog audit;
  private final Clock clock;

  /** Wires the service. */
  public PolicySimulationService(PolicyRepository policies, PartnershipRepository partnerships,
      AssessmentRepository assessments, AccessPolicy access, AuditLog audit, Clock clock) {
    this.policies = requireNonNull(policies, "policies");
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.assessments = requireNonNull(assessments, "assessments");
    this.access = requireNonNull(access, "access");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Result simulate(Command c) {
    // Authorised before anything is read: staff or auditors of their own partnership only.
    if (!c.actor().is(Role.PARTNERSHIP_STAFF, Role.AUDITOR)) {
      throw new AccessDeniedException("only partnership staff and auditors simulate a policy");
    }
    PartnershipId own = PartnershipId.of(c.actor().scope());
    Partnership partnership = partnerships.find(own).map(Versioned::value)
        .orElseThrow(() -> new AccessDeniedException("the actor's partnership does not follow policy " + c.policy()));
    if (!partnership.policy().equals(c.policy())) {
      throw new AccessDeniedException("the actor's partnership does not follow policy " + c.policy());
    }
    PartnershipPolicy current = policies.find(c.policy()).orElseThrow(() -> new NotFoundException("policy", c.policy().value()));
    Tally tally = new Tally();
    // Streamed: one decided case's assessment at a time, never the partnership's history at once.
    assessments.forEachDecided(own, c.from(), c.to(), decided -> decided.scheme().ifPresent(scheme -> {
      StoredAssessment stored = decided.stored();
      tally.evaluated++;
      Optional<EligibilityResult> before = current.eligibility().evaluate(scheme, stored.assessment());
      Optional<EligibilityResult> after = c.candidate().eligibility().evaluate(scheme, stored.assessment());
      String b = before.map(r -> r.outcome().name()).orElse("NO_SCHEME");
      String a = after.map(r -> r.outcome().name()).orElse("NO_SCHEME");
      if (b.equals(a)) {
        return;
      }
      tally.changed++;
      tally.byScheme.computeIfAbsent(scheme, s -> new TreeMap<>()).merge(b + "→" + a, 1, Integer::sum);
      if (tally.examples.size() < MAX_EXAMPLES) {
        tally.examples.add(new Example(stored.caseId(), scheme, b, a, differences(before, after)));
      }
    }));
    int evaluated = tally.evaluated;
    int changed = tally.changed;
    Map<Scheme, Map<String, Integer>> byScheme = tally.byScheme;
    List<Example> examples = tally.examples;
    audit.append(new AuditEntry(clock.now(), c.actor().reference(), "policy.simulate", c.policy().value(), Optional.of(own),
        "candidate " + c.candidate().id() + " over " + c.from() + ".." + c.to() + ": " + evaluated + " evaluated, " + changed + " changed"));
    return new Result(evaluated, changed, byScheme, examples);
  }

  /** What the simulation counted so far. */
  private static final class Tally {
    int evaluated;
    int changed;
    final Map<Scheme, Map<String, Integer>> byScheme = new EnumMap<>(Scheme.class);
    final List<Example> examples = new ArrayList<>();
  }

  /** The rules whose verdict differs, or that only one evaluation has. */
  private static List<RuleChange> differences(Optional<EligibilityResult> before, Optional<EligibilityResult> after) {
    Map<String, RuleOutcome> b = new LinkedHashMap<>();
    before.ifPresent(r -> r.rules().forEach(o -> b.put(o.id(), o)));
    Map<String, RuleOutcome> a = new LinkedHashMap<>();
    after.ifPresent(r -> r.rules().forEach(o -> a.put(o.id(), o)));
    List<RuleChange> out = new ArrayList<>();
    for (String id : union(b, a)) {
      RuleOutcome x = b.get(id);
      RuleOutcome y = a.get(id);
      Optional<Boolean> vx = x == null ? Optional.empty() : x.holds();
      Optional<Boolean> vy = y == null ? Optional.empty() : y.holds();
      if (x == null || y == null || !vx.equals(vy)) {
        out.add(new RuleChange(id, vx, vy, (y != null ? y : x).explanation()));
      }
    }
    return out;
  }

  private static List<String> union(Map<String, RuleOutcome> b, Map<String, RuleOutcome> a) {
    List<String> ids = new ArrayList<>(b.keySet());
    a.keySet().stream().filter(id -> !b.containsKey(id)).forEach(ids::add);
    return ids;
  }
}
