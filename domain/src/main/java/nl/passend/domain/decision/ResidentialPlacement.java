package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/**
 * Residentiële plaatsing (R-TLV-10, {@code 001:L840-841}): a student placed in a residential setting
 * whose education the partnership pays, without an admissibility statement; funding counts it at
 * the LOW amount (API.md §Funding).
 *
 * @param student the student
 * @param partnership the paying partnership
 * @param from the first day
 * @param until the last day, when known
 */
public record ResidentialPlacement(StudentId student, PartnershipId partnership, LocalDate from, Optional<LocalDate> until) {
  /** Validates the placement. */
  public ResidentialPlacement {
    Validation.present(student, "studentId");
    Validation.present(partnership, "partnershipId");
    Validation.present(from, "from");
    Validation.present(until, "until");
    until.ifPresent(u -> Validation.require(!u.isBefore(from), "until", "ends before it starts"));
  }

  /** A residential placement never carries a statement. */
  public boolean hasStatement() {
    return false;
  }

  /** Whether the placement runs on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
