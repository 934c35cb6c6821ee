package nl.passend.domain.placement;

/** Status zorgplicht op een datum (R-ZP-1, R-ZP-3). */
public enum PlacementDutyStatus {
  /** Open and within its term. */
  OPEN,
  /** The term has passed without an outcome (R-ZP-3). */
  OVERDUE,
  /** After 10 weeks without decision the student is enrolled at the school temporarily (R-ZP-1). */
  TEMPORARILY_ENROLLED,
  /** An outcome was recorded. */
  CONCLUDED
}
