package nl.passend.domain.decision;

/** Beroep van de deskundige: who may give expert advice (R-TLV-3, {@code 004:L1140}, {@code 001:L875-879}). */
public enum Profession {
  /** Orthopedagoog. */
  ORTHOPEDAGOGUE,
  /** Psycholoog (incl. kinder- en jeugdpsycholoog). */
  PSYCHOLOGIST,
  /** Pedagoog. */
  PEDAGOGUE,
  /** Kinderpsychiater. */
  CHILD_PSYCHIATRIST,
  /** Maatschappelijk werker. */
  SOCIAL_WORKER,
  /** Jeugdarts. */
  YOUTH_DOCTOR,
  /** Arts. */
  PHYSICIAN
}
