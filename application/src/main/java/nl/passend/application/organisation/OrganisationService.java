package nl.passend.application.organisation;

import nl.passend.application.organisation.port.in.OrganisationUseCases;
import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Role;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.organisation.port.in.ReadOrganisationUseCase;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.organisation.port.out.BoardRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.policy.PartnershipPolicy;

/** Implements the organisation use cases: authorise, validate against the stored organisation, save, audit. */
public final class OrganisationService implements OrganisationUseCases {
  private final PartnershipRepository partnerships;
  private final BoardRepository boards;
  private final SchoolRepository schools;
  private final PolicyRepository policies;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final Clock clock;

  /** Creates the service. */
  public OrganisationService(PartnershipRepository partnerships, BoardRepository boards, SchoolRepository schools, PolicyRepository policies,
      UnitOfWork unitOfWork, AuditLog audit, Clock clock) {
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.boards = requireNonNull(boards, "boards");
    this.schools = requireNonNull(schools, "schools");
    this.policies = requireNonNull(policies, "policies");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Versioned<Partnership> register(RegisterPartnershipUseCase.Command c) {
    requireAdministrator(c.actor());
    PartnershipPolicy policy = policies.find(c.policy())
        .orElseThrow(() -> new InvalidValueException("policyId", "there is no policy " + c.policy()));
    Partnership partnership = Partnership.of(c.id(), c.name(), c.sector().orElse(policy.sector()), c.region(), c.policy(), java.util.Set.of())
        .withPostalAddress(c.postalAddress());
    policy.checkGoverns(partnership);
    return unitOfWork.inTransaction(() -> {
      Versioned<Partnership> stored = partnerships.insert(partnership);
      record(c.actor(), "partnership.register", c.id().value(), c.id(), "registered with policy " + c.policy());
      return stored;
    });
  }

  @Override
  public Versioned<Partnership> changePostalAddress(Actor actor, PartnershipId id, String postalAddress, long expectedVersion) {
    String address = Partnership.postalAddress(postalAddress);
    return unitOfWork.inTransaction(() -> {
      // Authorised before the partnership is looked up: an outsider learns nothing of whether it exists.
      if (!(actor.is(Role.ADMINISTRATOR) || (actor.is(Role.PARTNERSHIP_STAFF) && actor.scope().equals(id.value())))) {
        throw new nl.passend.application.common.AccessDeniedException("a partnership's address is changed by its staff or the administrator");
      }
      Versioned<Partnership> current = partnerships.find(id).orElseThrow(() -> new nl.passend.application.common.NotFoundException("partnership",
          id.value()));
      nl.passend.application.common.Versions.require("partnership", id.value(), expectedVersion, current.version());
      Versioned<Partnership> stored = partnerships.update(current.value().withPostalAddress(address), current.version());
      // The address is the organisation's, not a person's; the audit says that it changed, not what it is.
      record(actor, "partnership.postal-address", id.value(), id, address.isEmpty() ? "postal address removed" : "postal address changed");
      return stored;
    });
  }

  @Override
  public Versioned<Board> register(RegisterBoardUseCase.Command c) {
    requireAdministrator(c.actor());
    Board board = Board.of(c.id(), c.name(), c.partnerships());
    return unitOfWork.inTransaction(() -> {
      requirePartnerships(c);
      Versioned<Board> stored = boards.insert(board);
      addMember(board);
      record(c.actor(), "board.register", c.id().value(), null, "registered");
      return stored;
    });
  }

  @Override
  public Versioned<Board> update(RegisterBoardUseCase.Command c, long expectedVersion) {
    requireAdministrator(c.actor());
    Board board = Board.of(c.id(), c.name(), c.partnerships());
    return unitOfWork.inTransaction(() -> {
      Board before = boards.find(c.id()).orElseThrow(() -> new NotFoundException("board", c.id().value())).value();
      requirePartnerships(c);
      requireSectorsFitSchools(board);
      Versioned<Board> stored = boards.update(board, expectedVersion);
      addMember(board);
      removeMember(before, board);
      record(c.actor(), "board.update", c.id().value(), null, "updated");
      return stored;
    });
  }

  @Override
  public Versioned<School> register(RegisterSchoolUseCase.Command c) {
    requireAdministrator(c.actor());
    School school = toSchool(c);
    return unitOfWork.inTransaction(() -> {
      requireBoardFits(school);
      Versioned<School> stored = schools.insert(school);
      record(c.actor(), "school.register", school.brin().value(), null, "registered");
      return stored;
    });
  }

  @Override
  public Versioned<School> update(RegisterSchoolUseCase.Command c, long expectedVersion) {
    requireAdministrator(c.actor());
    School school = toSchool(c);
    return unitOfWork.inTransaction(() -> {
      schools.find(school.brin()).orElseThrow(() -> new NotFoundException("school", school.brin().value()));
      requireBoardFits(school);
      Versioned<School> stored = schools.update(school, expectedVersion);
      record(c.actor(), "school.update", school.brin().value(), null, "updated");
      return stored;
    });
  }

  @Override
  public List<Versioned<Partnership>> partnerships(Actor actor) {
    return partnerships.all();
  }

  @Override
  public Versioned<Partnership> partnership(Actor actor, PartnershipId id) {
    return partnerships.find(id).orElseThrow(() -> new NotFoundException("partnership", id.value()));
  }

  @Override
  public List<Versioned<Board>> boards(Actor actor) {
    return boards.all();
  }

  @Override
  public Versioned<Board> board(Actor actor, BoardId id) {
    return boards.find(id).orElseThrow(() -> new NotFoundException("board", id.value()));
  }

  @Override
  public List<Versioned<School>> schools(Actor actor) {
    return schools.all();
  }

  @Override
  public Versioned<School> school(Actor actor, BrinCode brin) {
    return schools.find(brin).orElseThrow(() -> new NotFoundException("school", brin.value()));
  }

  @Override
  public nl.passend.application.organisation.port.in.ActorProfile profile(Actor actor) {
    java.util.Optional<String> scope = actor.scopeId();
    List<String> covered = List.of();
    java.util.Optional<String> school = java.util.Optional.empty();
    java.util.Optional<String> board = java.util.Optional.empty();
    switch (actor.role()) {
      case PARTNERSHIP_STAFF, COMMITTEE_MEMBER, AUDITOR -> covered = scope.map(List::of).orElse(List.of());
      case BOARD_OFFICER -> {
        board = scope;
        covered = scope.flatMap(b -> boards.find(BoardId.of(b))).map(v -> v.value().partnerships().stream().map(PartnershipId::value).sorted()
            .toList()).orElse(List.of());
      }
      case SCHOOL_STAFF -> {
        school = scope;
        var found = scope.flatMap(b -> schools.find(BrinCode.of(b))).map(Versioned::value);
        board = found.map(s -> s.board().value());
        covered = found.flatMap(s -> boards.find(s.board())).map(v -> v.value().partnerships().stream().map(PartnershipId::value).sorted()
            .toList()).orElse(List.of());
      }
      case ADMINISTRATOR -> covered = List.of();
      default -> throw new IllegalStateException(actor.role().name());
    }
    return new nl.passend.application.organisation.port.in.ActorProfile(actor.role(), scope, covered, school, board);
  }

  /** Only an administrator registers the organisation (R-PRIV-1). */
  private static void requireAdministrator(Actor actor) {
    if (!actor.is(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("only an administrator registers partnerships, boards and schools");
    }
  }

  private static School toSchool(RegisterSchoolUseCase.Command c) {
    return new School(c.brin(), c.name(), c.board(), c.type(), c.cluster(), c.servedTypes());
  }

  private void requirePartnerships(RegisterBoardUseCase.Command c) {
    for (PartnershipId p : c.partnerships()) {
      if (partnerships.find(p).isEmpty()) {
        throw new InvalidValueException("partnershipIds", "there is no partnership " + p);
      }
    }
  }

  /** The board must exist and belong to a partnership of the school's sector (R-ORG-1, R-ORG-2). */
  private void requireBoardFits(School school) {
    Board board = boards.find(school.board()).map(Versioned::value)
        .orElseThrow(() -> new InvalidValueException("boardId", "there is no board " + school.board()));
    boolean fits = board.partnerships().stream()
        .map(partnerships::find)
        .flatMap(java.util.Optional::stream)
        .anyMatch(p -> p.value().admitsSchoolType(school.type()));
    if (!fits) {
      throw new InvalidValueException("schoolType", "board " + board.id() + " belongs to no partnership of sector " + school.type().sector() + " (R-ORG-1)");
    }
  }

  /**
   * A board with schools joins only partnerships of its schools' sectors, and keeps a partnership
   * of each sector it has schools in (R-ORG-1): otherwise a school would belong to no partnership,
   * or a partnership would count a board it has no school of.
   */
  private void requireSectorsFitSchools(Board board) {
    List<School> own = schools.byBoard(board.id()).stream().map(Versioned::value).toList();
    if (own.isEmpty()) {
      return;
    }
    List<String> problems = new java.util.ArrayList<>();
    for (PartnershipId p : board.partnerships()) {
      Partnership partnership = partnerships.find(p).orElseThrow().value();
      if (own.stream().noneMatch(s -> partnership.admitsSchoolType(s.type()))) {
        problems.add("partnership " + p + " is of sector " + partnership.sector() + ", and the board has no school of that sector");
      }
    }
    for (School school : own) {
      boolean fits = board.partnerships().stream().map(partnerships::find).flatMap(java.util.Optional::stream)
          .anyMatch(p -> p.value().admitsSchoolType(school.type()));
      if (!fits) {
        problems.add("school " + school.brin() + " (" + school.type() + ") would belong to no partnership of sector " + school.type().sector());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("partnershipIds", String.join("; ", problems) + " (R-ORG-1)");
    }
  }

  /** A partnership the board left no longer lists it as a member. */
  private void removeMember(Board before, Board after) {
    for (PartnershipId p : before.partnerships()) {
      if (!after.partnerships().contains(p)) {
        partnerships.find(p).ifPresent(current -> partnerships.update(current.value().withoutMember(after.id()), current.version()));
      }
    }
  }

  private void addMember(Board board) {
    for (PartnershipId p : board.partnerships()) {
      Versioned<Partnership> current = partnerships.find(p).orElseThrow();
      if (!current.value().memberBoards().contains(board.id())) {
        partnerships.update(current.value().withMember(board.id()), current.version());
      }
    }
  }

  private void record(Actor actor, String action, String subject, PartnershipId partnership, String reason) {
    audit.append(new AuditEntry(clock.now(), actor.reference(), action, subject, java.util.Optional.ofNullable(partnership), reason));
  }

  @Override
  public java.util.Optional<nl.passend.domain.policy.PartnershipPolicy> policyOf(nl.passend.domain.organisation.PartnershipId partnership) {
    return partnerships.find(partnership).map(v -> v.value().policy()).flatMap(policies::find);
  }
}
