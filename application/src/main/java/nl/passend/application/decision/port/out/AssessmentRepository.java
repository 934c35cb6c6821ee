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

  /**
   * Hands each stored assessment of the partnership's cases decided from {@code from} to {@code to}
   * (inclusive) to {@code each}, in case-id order, one at a time: an adapter streams them from its
   * store rather than loading them all (a policy simulation over a partnership's history).
   */
  void forEachDecided(PartnershipId partnership, java.time.LocalDate from, java.time.LocalDate to, java.util.function.Consumer<DecidedAssessment> each);

  /** Erases the assessment of a case (R-PRIV-2); whether there was one. */
  boolean delete(String caseId);
}
