package nl.passend.domain.organisation;

import nl.passend.domain.common.Validation;

/**
 * Bestuursnummer: the identifier of a school board (bevoegd gezag), for instance its DUO number.
 *
 * @param value 1-64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record BoardId(String value) implements Comparable<BoardId> {
  /** Validates the identifier. */
  public BoardId {
    Validation.identifier(value, "boardId");
  }

  /** The identifier with the given value. */
  public static BoardId of(String value) {
    return new BoardId(value);
  }

  @Override
  public int compareTo(BoardId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
