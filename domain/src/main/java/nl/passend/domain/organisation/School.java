package nl.passend.domain.organisation;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * School (vestiging): a school location with its BRIN code, its board, its type and, for SO and VSO,
 * its cluster and the types of need it serves (R-ORG-2, R-ORG-4).
 *
 * @param brin the BRIN code that addresses the school
 * @param name its name
 * @param board the one board it belongs to (R-ORG-2)
 * @param type the school type
 * @param cluster the cluster, present exactly for SO and VSO
 * @param servedTypes for cluster 3 the types it serves (at least one of ZML, LZ, LG, MG); for cluster
 *     4 {@code CLUSTER_4}; empty otherwise
 */
public record School(
    BrinCode brin,
    String name,
    BoardId board,
    SchoolType type,
    Optional<Cluster> cluster,
    Set<SpecialNeedsType> servedTypes) {

  /** Validates the school against R-ORG-4. */
  public School {
    Validation.present(brin, "brin");
    name = Validation.text(name, "name");
    Validation.present(board, "boardId");
    Validation.present(type, "schoolType");
    Validation.present(cluster, "cluster");
    Validation.present(servedTypes, "specialNeedsTypes");
    servedTypes = ImmutableSortedSet.copyOf(servedTypes);
    if (type.hasClusters()) {
      Validation.require(cluster.isPresent(), "cluster", "an %s school carries a cluster 1-4 (R-ORG-4)", type);
      Cluster c = cluster.get();
      if (c == Cluster.FOUR && servedTypes.isEmpty()) {
        servedTypes = ImmutableSortedSet.of(SpecialNeedsType.CLUSTER_4);
      }
      if (c == Cluster.THREE) {
        Validation.require(!servedTypes.isEmpty(), "specialNeedsTypes",
            "a cluster 3 school names the types it serves: ZML, LZ, LG and/or MG (R-ORG-4)");
      }
      Set<SpecialNeedsType> foreign = Sets.filter(servedTypes, t -> t.cluster() != c);
      Validation.require(foreign.isEmpty(), "specialNeedsTypes",
          "types %s do not belong to cluster %d (R-ORG-4)", foreign, c.number());
    } else {
      Validation.require(cluster.isEmpty(), "cluster", "only SO and VSO schools carry a cluster, not %s (R-ORG-4)", type);
      Validation.require(servedTypes.isEmpty(), "specialNeedsTypes", "only SO and VSO schools serve special-needs types, not %s (R-ORG-4)", type);
    }
  }

  /** A regular or SBO/PrO school, without cluster. */
  public static School of(BrinCode brin, String name, BoardId board, SchoolType type) {
    return new School(brin, name, board, type, Optional.empty(), Set.of());
  }

  /** An SO or VSO school of a cluster, serving the given types. */
  public static School special(
      BrinCode brin, String name, BoardId board, SchoolType type, Cluster cluster, Set<SpecialNeedsType> served) {
    return new School(brin, name, board, type, Optional.of(cluster), served);
  }

  /** The sector of the school's type. */
  public Sector sector() {
    return type.sector();
  }

  /** Whether the school can take a student with this type of need. */
  public boolean serves(SpecialNeedsType needsType) {
    return servedTypes.contains(needsType);
  }
}
