package nl.passend.application.common;

import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Actor: who asks, with a role and a scope (R-PRIV-1). Every command and query carries one; every
 * service checks it before it reads or writes.
 *
 * @param role the role
 * @param scopeType what the scope names; empty only for an administrator
 * @param scopeId the school's BRIN, the board's or the partnership's id
 * @param affiliatedSchool for a committee member, the school the member works for, if any: the member
 *     takes no part in that school's applications (R-TLV-3)
 */
public record Actor(Role role, Optional<ScopeType> scopeType, Optional<String> scopeId, Optional<BrinCode> affiliatedSchool) {

  /** Validates the combination of role and scope. */
  public Actor {
    Validation.present(role, "role");
    Validation.present(scopeType, "scopeType");
    Validation.present(scopeId, "scopeId");
    Validation.present(affiliatedSchool, "affiliatedSchool");
    ScopeType expected = switch (role) {
      case SCHOOL_STAFF -> ScopeType.SCHOOL;
      case BOARD_OFFICER -> ScopeType.BOARD;
      case COMMITTEE_MEMBER -> ScopeType.COMMITTEE;
      case PARTNERSHIP_STAFF, AUDITOR -> ScopeType.PARTNERSHIP;
      case ADMINISTRATOR -> null;
    };
    if (expected == null) {
      Validation.require(scopeType.isEmpty() && scopeId.isEmpty(), "scopeType", "an administrator has no scope");
    } else {
      Validation.require(scopeType.equals(Optional.of(expected)), "scopeType", "%s has scope %s", role.withArticle(), expected);
      Validation.require(scopeId.isPresent(), "scopeId", "%s names its %s", role.withArticle(), expected);
      if (expected == ScopeType.SCHOOL) {
        BrinCode.of(scopeId.get());
      } else {
        Validation.identifier(scopeId.get(), "scopeId");
      }
    }
    Validation.require(affiliatedSchool.isEmpty() || role == Role.COMMITTEE_MEMBER, "affiliatedSchool", "only a committee member has an affiliated school");
  }

  /** An administrator. */
  public static Actor administrator() {
    return new Actor(Role.ADMINISTRATOR, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An actor with a role and the scope that role has. */
  public static Actor of(Role role, String scopeId) {
    ScopeType type = switch (role) {
      case SCHOOL_STAFF -> ScopeType.SCHOOL;
      case BOARD_OFFICER -> ScopeType.BOARD;
      case COMMITTEE_MEMBER -> ScopeType.COMMITTEE;
      case PARTNERSHIP_STAFF, AUDITOR -> ScopeType.PARTNERSHIP;
      case ADMINISTRATOR -> throw new IllegalArgumentException("an administrator has no scope");
    };
    String id = type == ScopeType.SCHOOL ? BrinCode.of(scopeId).value() : scopeId;
    return new Actor(role, Optional.of(type), Optional.of(id), Optional.empty());
  }

  /** A committee member of a partnership who works for a school. */
  public static Actor committeeMember(String partnershipId, Optional<BrinCode> affiliatedSchool) {
    return new Actor(Role.COMMITTEE_MEMBER, Optional.of(ScopeType.COMMITTEE), Optional.of(partnershipId), affiliatedSchool);
  }

  /** Whether the actor has one of the roles. */
  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }

  /** The scope id, for actors that have one. */
  public String scope() {
    return scopeId.orElseThrow(() -> new IllegalStateException("an administrator has no scope"));
  }

  /** A reference for the audit trail and decision trails: role and scope, never a person's name. */
  public String reference() {
    return role + scopeId.map(id -> ":" + id).orElse("");
  }

  @Override
  public String toString() {
    return reference();
  }
}
