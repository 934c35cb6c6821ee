package nl.passend.domain.decision;

import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Commissielid: a member of the admissions committee, with the school they work for, if any.
 *
 * @param reference a pseudonymous reference (never a name)
 * @param employer the school the member works for
 */
public record CommitteeMember(String reference, Optional<BrinCode> employer) {
  /** Validates the member. */
  public CommitteeMember {
    Validation.identifier(reference, "memberReference");
    Validation.present(employer, "employer");
  }

  /**
   * Whether the member may take part in assessing an application of {@code applyingSchool}: a
   * member who works for the applying school does not (R-TLV-3, {@code 000:L2230-2232}).
   */
  public boolean mayAssess(BrinCode applyingSchool) {
    return employer.map(e -> !e.institution().equals(applyingSchool.institution())).orElse(true);
  }
}
