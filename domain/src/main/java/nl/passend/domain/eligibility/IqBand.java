package nl.passend.domain.eligibility;

import nl.passend.domain.common.Validation;

/**
 * IQ-bandbreedte: an inclusive IQ range, part of a scheme's parameters (policy data).
 *
 * @param min the lowest IQ in the band
 * @param max the highest IQ in the band
 */
public record IqBand(int min, int max) {
  /** Validates the band: within 30-160, and the lower bound not above the upper bound. */
  public IqBand {
    Validation.require(min >= 30 && max <= 160, "iqBand", "must lie within 30-160, but was %d-%d", min, max);
    Validation.require(min <= max, "iqBand", "lower bound %d exceeds upper bound %d", min, max);
  }

  /** The band {@code min}-{@code max}. */
  public static IqBand of(int min, int max) {
    return new IqBand(min, max);
  }

  /** Whether the IQ lies in the band. */
  public boolean contains(int iq) {
    return iq >= min && iq <= max;
  }

  @Override
  public String toString() {
    return min + "-" + max;
  }
}
