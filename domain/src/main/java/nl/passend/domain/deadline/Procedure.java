package nl.passend.domain.deadline;

/** Procedure: the procedures whose deadlines the calculator answers (API.md §Deadlines). */
public enum Procedure {
  /** An admissibility application from receipt to decision (R-DL-1..4). */
  ADMISSIBILITY_DECISION,
  /** A board's placement duty after a registration (R-ZP-1). */
  PLACEMENT_DUTY,
  /** An objection against a decision (R-DL-9). */
  OBJECTION,
  /** The development plan after a placement (R-OPP-3). */
  DEVELOPMENT_PLAN,
  /** The start of a student after a statement is issued (R-DL-7). */
  START_AFTER_STATEMENT
}
