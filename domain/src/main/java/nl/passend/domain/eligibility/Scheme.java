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

  /**
   * The scheme that decides an application for this school type and special-needs type: SBO for
   * SBO, PRO for PrO, the type's own scheme for SO and VSO with a type, and the VSO scheme for VSO
   * without one. Empty for a school type no scheme admits to (BO, VO) or SO without a type.
   */
  public static Optional<Scheme> forApplication(nl.passend.domain.organisation.SchoolType schoolType, Optional<SpecialNeedsType> type) {
    return switch (schoolType) {
      case SBO -> Optional.of(SBO);
      case PRO -> Optional.of(PRO);
      case SO, VSO -> type.map(t -> switch (t) {
        case ZML -> ZML;
        case LZ -> LZ;
        case LG -> LG;
        case MG -> MG;
        case CLUSTER_4 -> CLUSTER_4;
      }).or(() -> schoolType == nl.passend.domain.organisation.SchoolType.VSO ? Optional.of(VSO) : Optional.empty());
      default -> Optional.empty();
    };
  }

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
