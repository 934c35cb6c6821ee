package nl.passend.domain.decision;

/** Uitstroomprofiel: the expected exit destination in a development plan (R-TLV-11, {@code vo-31-02}). */
public enum ExitDestination {
  /** Vervolgonderwijs: further education; the statement gets the legal minimum duration. */
  FURTHER_EDUCATION,
  /** Arbeid: work; the statement may last longer. */
  WORK,
  /** Dagbesteding: day activities; the statement may last longer. */
  DAY_ACTIVITIES
}
