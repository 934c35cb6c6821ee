package nl.passend.application.decision.port.out;

import java.util.List;
import java.util.Optional;
import nl.passend.domain.organisation.PartnershipId;

/** Beoordelingsgegevens: the assessment facts kept with cases. */
public interface AssessmentRepository {
  /** The assessment of a case, if one was stored. */
  Optional<StoredAssessment> find(String caseId);

  /**
   * Stores an assessment: a new one at version 0, a changed one at the stored version; returns it at
   * the next version.
   *
   * @throws nl.passend.application.common.StaleVersionException when another change came first
   */
  StoredAssessment save(StoredAssessment assessment);

  /** The assessments of a partnership's cases, ordered by case id. */
  List<StoredAssessment> byPartnership(PartnershipId partnership);

  /** Erases the assessment of a case (R-PRIV-2); whether there was one. */
  boolean delete(String caseId);
}
