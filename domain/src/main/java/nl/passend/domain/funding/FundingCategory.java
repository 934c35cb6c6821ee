package nl.passend.domain.funding;

/**
 * Bekostigingscategorie: the funding category of an SO/VSO admissibility statement, which decides
 * what DUO pays the school and deducts from the partnership (R-TLV-5, R-FIN-3).
 */
public enum FundingCategory {
  /** Categorie 1, laag. */
  LOW,
  /** Categorie 2, midden. */
  MEDIUM,
  /** Categorie 3, hoog. */
  HIGH
}
