package nl.passend.domain.decision;

/** Aanvrager: who submits an application (R-TLV-1). */
public enum Applicant {
  /** The board of the school where the student is enrolled. */
  BOARD_OF_ENROLLING_SCHOOL,
  /** For a student not yet enrolled: the board of the school where the student is registered. */
  BOARD_OF_REGISTERING_SCHOOL,
  /** The guardians, who may not apply. */
  GUARDIANS
}
