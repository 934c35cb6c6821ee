package nl.passend.application.common;

/** Reikwijdte: what an actor's scope id names. */
public enum ScopeType {
  /** A school, by BRIN code. */
  SCHOOL,
  /** A board, by id. */
  BOARD,
  /** A partnership, by id. */
  PARTNERSHIP,
  /** The admissions committee of a partnership, by the partnership's id. */
  COMMITTEE
}
