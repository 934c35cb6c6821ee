package nl.passend.domain.decision;

/** Bezwaarmaker: who may object to a decision (R-DL-9). */
public enum ObjectingParty {
  /** De ouders/verzorgers. */
  GUARDIANS,
  /** Het bevoegd gezag van de aanvragende school. */
  BOARD
}
