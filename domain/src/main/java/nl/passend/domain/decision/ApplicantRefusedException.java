package nl.passend.domain.decision;

import java.util.List;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.organisation.BrinCode;

/**
 * A school that may not apply for the student applied (R-TLV-1); names the schools that may.
 */
public final class ApplicantRefusedException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  private final List<String> schoolsThatMayApply;

  /** Creates the refusal. */
  public ApplicantRefusedException(String why, List<BrinCode> schoolsThatMayApply) {
    super("R-TLV-1", why + (schoolsThatMayApply.isEmpty() ? "; no school may apply yet"
        : "; the schools that may apply: " + String.join(", ", schoolsThatMayApply.stream().map(BrinCode::value).toList())));
    this.schoolsThatMayApply = schoolsThatMayApply.stream().map(BrinCode::value).distinct().toList();
  }

  /** The BRIN codes of the schools whose boards may apply. */
  public List<String> schoolsThatMayApply() {
    return schoolsThatMayApply;
  }
}
