package nl.passend.domain.organisation;

import nl.passend.domain.common.Validation;

/**
 * Identificatie samenwerkingsverband: the identifier of a partnership, such as {@code po-22-01}.
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record PartnershipId(String value) implements Comparable<PartnershipId> {
  /** Validates the identifier. */
  public PartnershipId {
    Validation.identifier(value, "partnershipId");
  }

  /** The identifier with the given value. */
  public static PartnershipId of(String value) {
    return new PartnershipId(value);
  }

  @Override
  public int compareTo(PartnershipId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
