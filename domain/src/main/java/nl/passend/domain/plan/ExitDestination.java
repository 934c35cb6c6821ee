package nl.passend.domain.plan;

/** Uitstroomprofiel: where a student is expected to go after school (R-OPP-4). */
public enum ExitDestination {
  /** Vervolgonderwijs: further education. */
  FURTHER_EDUCATION,
  /** Arbeidsmarkt: work. */
  WORK,
  /** Dagbesteding: day activities. */
  DAY_ACTIVITIES
}
