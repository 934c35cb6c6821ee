package nl.passend.domain.organisation;

import nl.passend.domain.common.InvalidValueException;

/**
 * Cluster (speciaal onderwijs): the four groups of SO/VSO schools (R-ORG-4). Clusters 1 and 2 have
 * national admission routes outside the partnership; clusters 3 and 4 are admitted by it.
 */
public enum Cluster {
  /** Cluster 1: visual impairment (visueel). */
  ONE(1, false),
  /** Cluster 2: hearing and language (auditief en communicatief). */
  TWO(2, false),
  /** Cluster 3: intellectual, physical, long-term illness and multiple disabilities. */
  THREE(3, true),
  /** Cluster 4: behavioural and psychiatric needs. */
  FOUR(4, true);

  private final int number;
  private final boolean admittedByPartnership;

  Cluster(int number, boolean admittedByPartnership) {
    this.number = number;
    this.admittedByPartnership = admittedByPartnership;
  }

  /** The cluster's number, 1 to 4. */
  public int number() {
    return number;
  }

  /** Whether the partnership issues the statements (clusters 3 and 4), not a national route. */
  public boolean admittedByPartnership() {
    return admittedByPartnership;
  }

  /** The cluster with the given number. */
  public static Cluster of(int number) {
    for (Cluster cluster : values()) {
      if (cluster.number == number) {
        return cluster;
      }
    }
    throw new InvalidValueException("cluster", "must be 1, 2, 3 or 4, but was " + number);
  }
}
