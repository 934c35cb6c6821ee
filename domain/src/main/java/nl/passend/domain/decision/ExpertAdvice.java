package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Deskundigenadvies: one expert's advice in a dossier (R-TLV-3).
 *
 * @param expertReference a pseudonymous reference to the expert (never a name)
 * @param profession the expert's profession
 * @param employer the school the expert works for, when the expert works for a school
 * @param givenOn the day of the advice
 */
public record ExpertAdvice(String expertReference, Profession profession, Optional<BrinCode> employer, LocalDate givenOn) {
  /** Validates the advice. */
  public ExpertAdvice {
    Validation.identifier(expertReference, "expertReference");
    Validation.present(profession, "profession");
    Validation.present(employer, "employer");
    Validation.present(givenOn, "givenOn");
  }

  /** Whether the expert works for the school. */
  public boolean worksFor(BrinCode school) {
    return employer.map(e -> e.institution().equals(school.institution())).orElse(false);
  }
}
