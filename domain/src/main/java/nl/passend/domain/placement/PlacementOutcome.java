package nl.passend.domain.placement;

/** Uitkomst zorgplicht: how a board's placement duty ends (R-ZP-2). A refusal without another place is not one. */
public enum PlacementOutcome {
  /** Toegelaten: the board admits the student. */
  ADMITTED,
  /** Elders geplaatst: another school admits the student. */
  PLACED_ELSEWHERE,
  /** Ingetrokken: the guardians withdraw the registration. */
  WITHDRAWN,
  /** Niet van toepassing: the student needs no extra support. */
  NOT_APPLICABLE
}
