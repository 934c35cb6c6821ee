package nl.passend.domain.absence;

/** Verzuimcategorie: exactly one per student per date (R-TZ-1). */
public enum AbsenceCategory {
  /** Vrijgesteld: exempt from compulsory education, with a ground; never a thuiszitter. */
  EXEMPT,
  /** Absoluut verzuim: of compulsory-school age, not enrolled at any school, without exemption. */
  ABSOLUTE_ABSENCE,
  /** Langdurig relatief verzuim: enrolled, absent without valid reason for more than 4 consecutive school weeks: a thuiszitter. */
  LONG_TERM_RELATIVE_ABSENCE,
  /** Relatief verzuim: enrolled and missed 16 hours or more without valid reason in 4 consecutive school weeks. */
  RELATIVE_ABSENCE,
  /** None of these. */
  NONE;

  /** Whether this is a thuiszitter in the inspectorate's sense: absolute or long-term relative absence. */
  public boolean isOutOfSchool() {
    return this == ABSOLUTE_ABSENCE || this == LONG_TERM_RELATIVE_ABSENCE;
  }
}
