package nl.passend.domain.eligibility;

import java.util.Optional;
import nl.passend.domain.organisation.SpecialNeedsType;

/** Toelatingsregeling: the schemes a policy may have (API.md §Eligibility). */
public enum Scheme {
  /** Speciaal basisonderwijs (guidelines, po-22-01). */
  SBO,
  /** Cluster 3, zeer moeilijk lerend. */
  ZML,
  /** Cluster 3, langdurig ziek. */
  LZ,
  /** Cluster 3, lichamelijk gehandicapt. */
  LG,
  /** Cluster 3, meervoudig gehandicapt. */
  MG,
  /** Cluster 4. */
  CLUSTER_4,
  /** Praktijkonderwijs. */
  PRO,
  /** Leerwegondersteunend onderwijs (a designation, no school type). */
  LWOO,
  /** Voortgezet speciaal onderwijs without a type (vo-31-02, vo-zo-drenthe). */
  VSO;

  /** The special-needs type this scheme admits to, for the cluster schemes. */
  public Optional<SpecialNeedsType> specialNeedsType() {
    return switch (this) {
      case ZML -> Optional.of(SpecialNeedsType.ZML);
      case LZ -> Optional.of(SpecialNeedsType.LZ);
      case LG -> Optional.of(SpecialNeedsType.LG);
      case MG -> Optional.of(SpecialNeedsType.MG);
      case CLUSTER_4 -> Optional.of(SpecialNeedsType.CLUSTER_4);
      default -> Optional.empty();
    };
  }
}
