package nl.passend.domain.transfer;

/** Ankerjaar: the school year a step of the protocol is placed in, relative to group 8. */
public enum Anchor {
  /** Groep 7: the year before group 8. */
  GROUP_7(-1),
  /** Groep 8: the last year of primary school. */
  GROUP_8(0),
  /** Brugklas: the first year of secondary school. */
  FIRST_YEAR_VO(1),
  /** Klas 4 VO. */
  FOURTH_YEAR_VO(4);

  private final int offset;

  Anchor(int offset) {
    this.offset = offset;
  }

  /** Years after the group 8 school year. */
  public int offsetFromGroup8() {
    return offset;
  }
}
