package nl.passend.application.decision.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.transfer.TransferDossier;

/**
 * The policy's scheme for an application evaluated now on the assessment kept with it: the outcome
 * with every rule's verdict and sentence, and where each fact came from.
 *
 * @param policy the application's policy
 * @param result the evaluation with its explanation
 * @param assessment the facts it was evaluated on
 * @param sources where each fact came from
 * @param assessmentVersion the stored assessment's version
 */
public record ApplicationEligibility(PolicyId policy, EligibilityResult result, Assessment assessment, List<TransferDossier.Source> sources,
    long assessmentVersion) {
  /** Validates and copies. */
  public ApplicationEligibility {
    Validation.present(policy, "policy");
    Validation.present(result, "result");
    Validation.present(assessment, "assessment");
    sources = ImmutableList.copyOf(sources);
  }
}
