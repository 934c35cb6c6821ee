package nl.passend.application.decision.port.out;

import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * A stored assessment of a decided case, with what decides its scheme: an application's school type
 * (and special-needs type), or an LWOO designation.
 *
 * @param stored the assessment
 * @param lwoo whether the case is an LWOO designation
 * @param schoolType for an application, the school type applied for
 * @param specialNeedsType for an SO/VSO application, the type
 */
public record DecidedAssessment(StoredAssessment stored, boolean lwoo, Optional<SchoolType> schoolType, Optional<SpecialNeedsType> specialNeedsType) {
  /** Validates: an application names its school type. */
  public DecidedAssessment {
    Validation.present(stored, "stored");
    Validation.present(schoolType, "schoolType");
    Validation.present(specialNeedsType, "specialNeedsType");
    Validation.require(lwoo != schoolType.isPresent(), "schoolType", "an application, and only an application, names its school type");
  }

  /** The scheme the case is decided by, if Passend has one for it. */
  public Optional<Scheme> scheme() {
    return lwoo ? Optional.of(Scheme.LWOO) : Scheme.forApplication(schoolType.orElseThrow(), specialNeedsType);
  }
}
