package nl.passend.domain.absence;

import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Verzuimstatus: the category of a student on a date, with the exemption's ground when exempt and a
 * sentence why.
 *
 * @param category the one category
 * @param ground the legal ground, exactly when exempt
 * @param explanation why, without personal data
 */
public record AbsenceStatus(AbsenceCategory category, Optional<ExemptionGround> ground, String explanation) {
  /** Validates the status. */
  public AbsenceStatus {
    Validation.present(category, "category");
    Validation.present(ground, "ground");
    Validation.require(ground.isPresent() == (category == AbsenceCategory.EXEMPT), "ground", "a ground is given exactly for an exemption");
    explanation = Validation.text(explanation, "explanation");
  }
}
