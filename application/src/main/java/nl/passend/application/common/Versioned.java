package nl.passend.application.common;

import nl.passend.domain.common.Validation;

/**
 * Met versie: a stored value with the version that optimistic locking checks; version 1 is the first
 * stored one.
 *
 * @param value the value
 * @param version the version
 * @param <T> the value's type
 */
public record Versioned<T>(T value, long version) {
  /** Validates the version. */
  public Versioned {
    Validation.present(value, "value");
    Validation.require(version >= 1, "version", "stored versions start at 1");
  }
}
