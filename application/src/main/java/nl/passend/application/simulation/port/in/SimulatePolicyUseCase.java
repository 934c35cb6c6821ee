package nl.passend.application.simulation.port.in;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * Beleidssimulatie: what a candidate policy would have decided. Every stored assessment of the
 * actor's partnership (which must follow the policy), of cases decided in the window, is evaluated
 * under the policy in force and under the candidate, and the changes are counted per scheme and per
 * pair of outcomes, with examples by case id only (R-GOV-1: before a board adopts a new plan).
 */
public interface SimulatePolicyUseCase {
  /**
   * A simulation.
   *
   * @param actor partnership staff or an auditor of a partnership that follows the policy
   * @param policy the policy in force
   * @param candidate the candidate policy
   * @param from the first day of the window (decisions on or after it)
   * @param to the last day of the window (decisions on or before it)
   */
  record Command(Actor actor, PolicyId policy, PartnershipPolicy candidate, LocalDate from, LocalDate to) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(policy, "policyId");
      Validation.present(candidate, "candidate");
      Validation.present(from, "from");
      Validation.present(to, "to");
      Validation.require(!to.isBefore(from), "to", "the window ends on or after %s", from);
    }
  }

  /**
   * A rule whose verdict differs.
   *
   * @param id the rule
   * @param before its verdict under the policy in force (empty when unknown or absent)
   * @param after its verdict under the candidate
   * @param explanation its sentence under the candidate, or else under the policy in force
   */
  record RuleChange(String id, Optional<Boolean> before, Optional<Boolean> after, String explanation) {}

  /**
   * A case whose outcome changes.
   *
   * @param caseId the application or designation (no personal data)
   * @param scheme the scheme
   * @param before the outcome under the policy in force
   * @param after the outcome under the candidate
   * @param rules the rules that made the difference
   */
  record Example(String caseId, Scheme scheme, String before, String after, List<RuleChange> rules) {
    /** Copies the rules. */
    public Example {
      rules = ImmutableList.copyOf(rules);
    }
  }

  /**
   * The result.
   *
   * @param evaluated how many assessments were evaluated
   * @param changed how many changed outcome
   * @param byScheme per scheme, the count per change {@code BEFORE→AFTER}
   * @param examples up to 20 changed cases
   */
  record Result(int evaluated, int changed, Map<Scheme, Map<String, Integer>> byScheme, List<Example> examples) {
    /** Copies the collections. */
    public Result {
      byScheme = ImmutableMap.copyOf(byScheme);
      examples = ImmutableList.copyOf(examples);
    }
  }

  /** Runs the simulation; audited. */
  Result simulate(Command command);
}
