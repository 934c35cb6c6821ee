package nl.passend.domain.organisation;

/**
 * Type (doelgroep) within special education: the cluster 3 types {@code ZML}, {@code LZ},
 * {@code LG} and {@code MG}, and cluster 4 as a type of its own so that a statement can name what
 * it admits to in one field (R-ORG-4, R-TLV-5).
 */
public enum SpecialNeedsType {
  /** Zeer moeilijk lerend: very low intellectual ability (cluster 3). */
  ZML(Cluster.THREE),
  /** Langdurig ziek: long-term illness (cluster 3). */
  LZ(Cluster.THREE),
  /** Lichamelijk gehandicapt: physical disability (cluster 3). */
  LG(Cluster.THREE),
  /** Meervoudig gehandicapt: multiple disabilities (cluster 3). */
  MG(Cluster.THREE),
  /** Cluster 4: severe behavioural or psychiatric needs. */
  CLUSTER_4(Cluster.FOUR);

  private final Cluster cluster;

  SpecialNeedsType(Cluster cluster) {
    this.cluster = cluster;
  }

  /** The cluster this type belongs to. */
  public Cluster cluster() {
    return cluster;
  }
}
