package nl.passend.domain.organisation;

import nl.passend.domain.common.Validation;

/**
 * Beleid-id: the identifier of a partnership policy, such as {@code po-22-01}; the built-in policies
 * carry the id of the partnership whose support plan they follow.
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record PolicyId(String value) implements Comparable<PolicyId> {
  /** Validates the identifier. */
  public PolicyId {
    Validation.identifier(value, "policyId");
  }

  /** The identifier with the given value. */
  public static PolicyId of(String value) {
    return new PolicyId(value);
  }

  @Override
  public int compareTo(PolicyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
