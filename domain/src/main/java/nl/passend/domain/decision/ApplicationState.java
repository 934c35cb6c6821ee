package nl.passend.domain.decision;

/** Status van een aanvraag: the states of SPEC §5.2. */
public enum ApplicationState {
  /** Ingediend: received by the committee. */
  SUBMITTED,
  /** Bevestigd: receipt acknowledged (R-DL-1). */
  ACKNOWLEDGED,
  /** Informatie opgevraagd: the dossier is incomplete; the decision clock is suspended (R-DL-2). */
  INFORMATION_REQUESTED,
  /** In behandeling: the committee assesses. */
  UNDER_ASSESSMENT,
  /** Hoorzitting: school and guardians are offered a hearing (R-DL-5). */
  HEARING,
  /** Toegekend: a statement was issued. */
  GRANTED,
  /** Afgewezen. */
  REFUSED,
  /** Buiten behandeling gesteld. */
  NOT_CONSIDERED,
  /** Bezwaar gemaakt (R-DL-9). */
  OBJECTED,
  /** Bezwaar gegrond. */
  OBJECTION_UPHELD,
  /** Bezwaar ongegrond. */
  OBJECTION_DISMISSED;

  /** Whether the committee has decided (granted, refused, not considered, or an objection after it). */
  public boolean isDecided() {
    return ordinal() >= GRANTED.ordinal();
  }
}
