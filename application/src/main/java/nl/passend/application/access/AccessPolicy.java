package nl.passend.application.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.Versioned;
import nl.passend.application.organisation.port.out.BoardRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;

/**
 * Toegangsbeleid (R-PRIV-1): which actor may see and change what. School staff see their own
 * school's students only; board officers the board's schools; committee members the applications of
 * their partnership, except those of the school they work for; partnership staff their partnership's
 * cases; auditors aggregates and the audit trail; administrators the organisation, no student data.
 */
public final class AccessPolicy {
  private final SchoolRepository schools;
  private final BoardRepository boards;

  /** Creates the policy over the organisation's repositories. */
  public AccessPolicy(SchoolRepository schools, BoardRepository boards) {
    this.schools = requireNonNull(schools, "schools");
    this.boards = requireNonNull(boards, "boards");
  }

  /** Refuses an administrator and an auditor: they see no student data. */
  public void requireStudentDataRole(Actor actor) {
    if (actor.is(Role.ADMINISTRATOR, Role.AUDITOR)) {
      throw new AccessDeniedException(actor.role().withArticle() + " sees no student data");
    }
  }

  /** Whether the actor is staff of the partnership. */
  public boolean isStaffOf(Actor actor, PartnershipId partnership) {
    return actor.is(Role.PARTNERSHIP_STAFF) && actor.scope().equals(partnership.value());
  }

  /** Whether the actor sits on the partnership's committee. */
  public boolean isCommitteeOf(Actor actor, PartnershipId partnership) {
    return actor.is(Role.COMMITTEE_MEMBER) && actor.scope().equals(partnership.value());
  }

  /** Whether the actor audits the partnership. */
  public boolean isAuditorOf(Actor actor, PartnershipId partnership) {
    return actor.is(Role.AUDITOR) && actor.scope().equals(partnership.value());
  }

  /** Whether the actor is staff of the school or an officer of its board. */
  public boolean coversSchool(Actor actor, BrinCode school) {
    if (actor.is(Role.SCHOOL_STAFF)) {
      return BrinCode.of(actor.scope()).institution().equals(school.institution());
    }
    if (actor.is(Role.BOARD_OFFICER)) {
      return boardOf(school).map(b -> b.value().equals(actor.scope())).orElse(false);
    }
    return false;
  }

  /** Whether the school's board is a member of the partnership. */
  public boolean schoolInPartnership(BrinCode school, PartnershipId partnership) {
    return boardOf(school).flatMap(boards::find).map(Versioned::value).map(b -> b.isMemberOf(partnership)).orElse(false);
  }

  /** Whether the actor is an officer of the board. */
  public boolean isOfficerOf(Actor actor, BoardId board) {
    return actor.is(Role.BOARD_OFFICER) && actor.scope().equals(board.value());
  }

  /**
   * Refuses unless the actor may submit an application for the applying school in the partnership:
   * staff of that school, an officer of its board, or staff of the partnership.
   */
  public void requireMaySubmit(Actor actor, BrinCode applyingSchool, PartnershipId partnership) {
    if (!(coversSchool(actor, applyingSchool) || isStaffOf(actor, partnership))) {
      throw new AccessDeniedException(actor.role().withArticle() + " of this scope does not submit applications for this school");
    }
  }

  /**
   * Refuses unless the actor may take a step in an application: staff of its partnership, or a member
   * of its committee who does not work for the applying school (R-PRIV-1, R-TLV-3).
   */
  public void requireMayAct(Actor actor, PartnershipId partnership, BrinCode applyingSchool) {
    if (isStaffOf(actor, partnership)) {
      return;
    }
    if (isCommitteeOf(actor, partnership)) {
      requireNoConflict(actor, applyingSchool);
      return;
    }
    throw new AccessDeniedException("only staff and committee members of the partnership take steps in its applications");
  }

  /** Refuses unless the actor may read an application: who may act, and staff or board officers of the applying school. */
  public void requireMayRead(Actor actor, PartnershipId partnership, BrinCode applyingSchool) {
    if (isStaffOf(actor, partnership) || coversSchool(actor, applyingSchool)) {
      return;
    }
    if (isCommitteeOf(actor, partnership)) {
      requireNoConflict(actor, applyingSchool);
      return;
    }
    throw new AccessDeniedException("this application is outside the actor's scope");
  }

  /** Refuses a committee member who works for the applying school (R-TLV-3). */
  public void requireNoConflict(Actor actor, BrinCode applyingSchool) {
    Optional<BrinCode> affiliated = actor.affiliatedSchool();
    if (affiliated.isPresent() && affiliated.get().institution().equals(applyingSchool.institution())) {
      throw new AccessDeniedException("a committee member who works for the applying school takes no part in its applications (R-TLV-3)");
    }
  }

  /** Refuses unless the actor is staff or auditor of the partnership (reports, audit trail). */
  public void requireStaffOrAuditor(Actor actor, PartnershipId partnership) {
    if (!(isStaffOf(actor, partnership) || isAuditorOf(actor, partnership))) {
      throw new AccessDeniedException("only staff and auditors of the partnership read this");
    }
  }

  /** Refuses unless the actor is staff of the partnership. */
  public void requireStaff(Actor actor, PartnershipId partnership) {
    if (!isStaffOf(actor, partnership)) {
      throw new AccessDeniedException("only staff of the partnership do this");
    }
  }

  /**
   * Whether a stored student belongs to the partnership's scope (R-INT-1): registered with it, or
   * enrolled at one of its schools. Registrations and cases bring a student in through their own use
   * cases.
   */
  public boolean studentInPartnership(PartnershipId registeredWith, nl.passend.domain.student.Student student, PartnershipId partnership) {
    return registeredWith.equals(partnership)
        || student.enrolments().enrolments().stream().anyMatch(e -> schoolInPartnership(e.school(), partnership));
  }

  /** The board of a school, when the school is known. */
  public Optional<BoardId> boardOf(BrinCode school) {
    return school(school).map(School::board);
  }

  /** The type of a school, when the school is known. */
  public Optional<nl.passend.domain.organisation.SchoolType> schoolType(BrinCode school) {
    return school(school).map(School::type);
  }

  /** A school by its BRIN, or by its institution when the BRIN names a location. */
  private Optional<School> school(BrinCode brin) {
    Optional<Versioned<School>> found = schools.find(brin);
    if (found.isEmpty() && brin.hasLocation()) {
      found = schools.find(brin.institution());
    }
    return found.map(Versioned::value);
  }

  /** The board, when known. */
  public Optional<Board> board(BoardId id) {
    return boards.find(id).map(Versioned::value);
  }
}
