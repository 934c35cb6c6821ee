package nl.passend.application.testing.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Versioned;
import nl.passend.application.organisation.port.out.BoardRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;

/** In-memory repositories of partnerships, boards and schools. */
public final class InMemoryOrganisationRepositories {
  private InMemoryOrganisationRepositories() {}

  /** Partnerships in memory. */
  public static final class Partnerships implements PartnershipRepository {
    private final Table<PartnershipId, Partnership> table;

    /** Creates the repository in the unit of work. */
    public Partnerships(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("partnership", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public Versioned<Partnership> insert(Partnership partnership) {
      return table.insert(partnership.id(), partnership);
    }

    @Override
    public Versioned<Partnership> update(Partnership partnership, long expectedVersion) {
      return table.update(partnership.id(), partnership, expectedVersion);
    }

    @Override
    public Optional<Versioned<Partnership>> find(PartnershipId id) {
      return table.find(id);
    }

    @Override
    public List<Versioned<Partnership>> all() {
      return ImmutableList.copyOf(table.all());
    }
  }

  /** Boards in memory. */
  public static final class Boards implements BoardRepository {
    private final Table<BoardId, Board> table;

    /** Creates the repository in the unit of work. */
    public Boards(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("board", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public Versioned<Board> insert(Board board) {
      return table.insert(board.id(), board);
    }

    @Override
    public Versioned<Board> update(Board board, long expectedVersion) {
      return table.update(board.id(), board, expectedVersion);
    }

    @Override
    public Optional<Versioned<Board>> find(BoardId id) {
      return table.find(id);
    }

    @Override
    public List<Versioned<Board>> all() {
      return ImmutableList.copyOf(table.all());
    }
  }

  /** Schools in memory. */
  public static final class Schools implements SchoolRepository {
    private final Table<BrinCode, School> table;

    /** Creates the repository in the unit of work. */
    public Schools(InMemoryUnitOfWork unitOfWork) {
      this.table = new Table<>("school", Comparator.naturalOrder(), unitOfWork);
    }

    @Override
    public Versioned<School> insert(School school) {
      return table.insert(school.brin(), school);
    }

    @Override
    public Versioned<School> update(School school, long expectedVersion) {
      return table.update(school.brin(), school, expectedVersion);
    }

    @Override
    public Optional<Versioned<School>> find(BrinCode brin) {
      return table.find(brin);
    }

    @Override
    public List<Versioned<School>> byBoard(BoardId board) {
      return table.all().stream().filter(v -> v.value().board().equals(board)).collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<Versioned<School>> all() {
      return ImmutableList.copyOf(table.all());
    }
  }
}
