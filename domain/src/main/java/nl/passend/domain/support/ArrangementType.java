package nl.passend.domain.support;

/** Soort arrangement: the kinds of extra support a partnership grants (R-SUP-1, R-SUP-2). */
public enum ArrangementType {
  /** Ambulante begeleiding: a specialist supports the student and the teachers at the school. */
  AMBULATORY_GUIDANCE,
  /** Syntheseklas: a small class inside a regular VO school, with return to regular classes. */
  SYNTHESIS_CLASS,
  /** Rebound: temporary support outside the student's group. */
  REBOUND,
  /** Maatwerk: an individual arrangement tailored to one student. */
  CUSTOM
}
