package nl.passend.domain.eligibility;

/** Uitkomst: the outcome of evaluating an eligibility scheme (SPEC §5.4). */
public enum Outcome {
  /** The criteria hold on the known facts, whatever the unknown ones turn out to be. */
  ELIGIBLE,
  /** The criteria fail on the known facts, whatever the unknown ones turn out to be. */
  NOT_ELIGIBLE,
  /** The committee must weigh the case: a grey zone, or guidelines that are not decisive. */
  JUDGEMENT_REQUIRED,
  /** A fact that could change the outcome is missing. */
  INSUFFICIENT_EVIDENCE
}
