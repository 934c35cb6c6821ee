package nl.passend.domain.organisation;

/**
 * Onderwijssoort: the kind of school a student attends; its sector decides which partnership it
 * belongs to (R-ORG-1).
 */
public enum SchoolType {
  /** Basisonderwijs: regular primary education. */
  BO(Sector.PO, false, false),
  /** Speciaal basisonderwijs: special primary education, entered with an admissibility statement. */
  SBO(Sector.PO, true, false),
  /** Speciaal onderwijs: special education (primary age), clusters 1-4. */
  SO(Sector.PO, true, true),
  /** Voortgezet onderwijs: regular secondary education (LWOO is a designation within it). */
  VO(Sector.VO, false, false),
  /** Voortgezet speciaal onderwijs: special secondary education, clusters 1-4. */
  VSO(Sector.VO, true, true),
  /** Praktijkonderwijs: practical education, entered with an admissibility statement. */
  PRO(Sector.VO, true, false);

  private final Sector sector;
  private final boolean needsStatement;
  private final boolean hasClusters;

  SchoolType(Sector sector, boolean needsStatement, boolean hasClusters) {
    this.sector = sector;
    this.needsStatement = needsStatement;
    this.hasClusters = hasClusters;
  }

  /**
   * The type with its article as it is spoken, for messages: "an SO", "an SBO" (es-, as in Dutch
   * and English), "a BO", "a VO", "a VSO", "a PRO".
   */
  public String withArticle() {
    return nl.passend.domain.common.Words.withArticle(name());
  }

  /** The sector the type belongs to. */
  public Sector sector() {
    return sector;
  }

  /** Whether a student needs an admissibility statement (TLV) to be placed here (R-SUP-1). */
  public boolean needsAdmissibilityStatement() {
    return needsStatement;
  }

  /** Whether schools of this type carry a cluster (SO and VSO, R-ORG-4). */
  public boolean hasClusters() {
    return hasClusters;
  }
}
