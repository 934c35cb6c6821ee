package nl.passend.domain.deadline;

/** Vakantieregio: the three regions for which the ministry advises school holidays. */
public enum Region {
  /** Regio noord. */
  NORTH,
  /** Regio midden. */
  MIDDLE,
  /** Regio zuid. */
  SOUTH
}
