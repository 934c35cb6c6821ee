package nl.passend.domain.decision;

/** Dossierstuk: what an application's dossier can hold (R-TLV-2). */
public enum DossierItem {
  /** Deskundigenadvies. */
  EXPERT_ADVICE,
  /** De zienswijze van de ouders. */
  GUARDIANS_VIEW,
  /** De zienswijze van de leerling (PrO special route). */
  STUDENT_VIEW,
  /** Ontwikkelingsperspectiefplan (or, in vo-31-02, an action plan). */
  DEVELOPMENT_PLAN,
  /** OPP with its date, a recent evaluation and signatures (PrO special route). */
  DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION,
  /** Onderwijskundig rapport (PO). */
  EDUCATIONAL_REPORT,
  /** Handtekeningen. */
  SIGNATURES,
  /** Toestemmingsverklaring. */
  CONSENT_FORM,
  /** The guardians' first-choice school (po-22-01). */
  FIRST_CHOICE_SCHOOL,
  /** The expert advice addresses the nine questions of the Werkwijzer (po-22-01). */
  NINE_QUESTIONS_ADDRESSED
}
