package nl.passend.domain.eligibility;

/** Leergebied: the four domains in which learning results are measured (SPEC §5.4). */
public enum LearningDomain {
  /** Technisch lezen. */
  TECHNICAL_READING,
  /** Begrijpend lezen. */
  READING_COMPREHENSION,
  /** Spellen. */
  SPELLING,
  /** Inzichtelijk rekenen. */
  ARITHMETIC;

  /** Whether the domain is one of the two of which at least one must count (arithmetic, reading comprehension). */
  public boolean isKeyDomain() {
    return this == ARITHMETIC || this == READING_COMPREHENSION;
  }
}
