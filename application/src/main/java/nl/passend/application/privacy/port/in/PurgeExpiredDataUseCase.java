package nl.passend.application.privacy.port.in;

import nl.passend.application.common.Actor;
import nl.passend.domain.organisation.PartnershipId;

/** Bewaartermijn toepassen (R-PRIV-2): erase what is past retention, for staff of the partnership. */
public interface PurgeExpiredDataUseCase {
  /**
   * What was erased.
   *
   * @param applications applications with their dossiers and statements
   * @param placementDutyCases concluded placement-duty cases
   * @param outOfSchoolCases closed out-of-school cases
   */
  record Result(int applications, int placementDutyCases, int outOfSchoolCases, int lwooDesignations) {}

  /** Erases everything of the partnership past retention on today's date and records how much, without personal data. */
  Result purge(Actor actor, PartnershipId partnership);
}
