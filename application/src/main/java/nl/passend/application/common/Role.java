package nl.passend.application.common;

/** Rol: the roles of R-PRIV-1. */
public enum Role {
  /** Staff of a school: that school's students only. */
  SCHOOL_STAFF,
  /** Officer of a board: the board's schools. */
  BOARD_OFFICER,
  /** Member of a partnership's admissions committee: the applications assigned to it. */
  COMMITTEE_MEMBER,
  /** Staff of a partnership: its cases. */
  PARTNERSHIP_STAFF,
  /** Auditor: read-only, aggregates and the audit trail. */
  AUDITOR,
  /** Administrator: registers partnerships, boards and schools; no student data. */
  ADMINISTRATOR;

  /** The role in words with its article, for messages: "an auditor", "a committee member". */
  public String withArticle() {
    return nl.passend.domain.common.Words.withArticle(nl.passend.domain.common.Words.of(this));
  }
}
