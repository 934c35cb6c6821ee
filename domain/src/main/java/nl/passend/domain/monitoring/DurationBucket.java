package nl.passend.domain.monitoring;

/** Duurklasse: how long thuiszitters have been at home at the count date (R-MON-3). */
public enum DurationBucket {
  /** Up to 4 weeks. */
  UP_TO_4_WEEKS,
  /** More than 4 weeks, up to 3 months (the national target). */
  UP_TO_3_MONTHS,
  /** More than 3 months, up to 6 months. */
  UP_TO_6_MONTHS,
  /** More than 6 months. */
  LONGER
}
