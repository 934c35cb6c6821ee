package nl.passend.application.calculation.port.in;

import nl.passend.application.common.Actor;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.PolicyId;

/** Toetsen aan de criteria (SPEC §5.4). */
public interface EvaluateEligibilityUseCase {
  /** Evaluates the assessment; {@link nl.passend.application.common.NotFoundException} for an unknown policy or a scheme the policy lacks. */
  EligibilityResult evaluate(Actor actor, PolicyId policy, Scheme scheme, Assessment assessment);
}
