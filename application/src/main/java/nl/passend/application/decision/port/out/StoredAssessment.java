package nl.passend.application.decision.port.out;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.transfer.TransferDossier;

/**
 * The assessment facts a case is decided on (an application or an LWOO designation), kept with the
 * case, with where each fact came from.
 *
 * @param caseId the application's or designation's id
 * @param partnership the case's partnership
 * @param assessment the facts
 * @param sources where each fact came from (an OSO dossier's tests), empty when entered by hand
 * @param version its version (0 before it is first stored)
 */
public record StoredAssessment(String caseId, PartnershipId partnership, Assessment assessment, List<TransferDossier.Source> sources, long version) {
  /** Validates and copies. */
  public StoredAssessment {
    Validation.text(caseId, "caseId");
    Validation.present(partnership, "partnership");
    Validation.present(assessment, "assessment");
    sources = ImmutableList.copyOf(sources);
  }
}
