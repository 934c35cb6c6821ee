package nl.passend.domain.organisation;

/**
 * Sector (primair of voortgezet onderwijs): the part of the education system a partnership serves
 * (R-ORG-1).
 */
public enum Sector {
  /** Primair onderwijs: BO, SBO and SO. */
  PO,
  /** Voortgezet onderwijs: VO, VSO and PrO. */
  VO
}
