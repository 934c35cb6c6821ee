package nl.passend.adapters.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.common.Versioned;
import nl.passend.application.organisation.port.out.BoardRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;

/** JDBC repositories of partnerships, boards and schools. */
final class JdbcOrganisationRepositories {
  private JdbcOrganisationRepositories() {}

  /** Partnerships over JDBC. */
  static final class Partnerships implements PartnershipRepository {
    private final Db db;

    Partnerships(Db db) {
      this.db = db;
    }

    @Override
    public Versioned<Partnership> insert(Partnership p) {
      return Db.insertOrExplain(db, "partnership", p.id().value(), c -> {
        Db.update(c, "INSERT INTO partnerships (id, name, sector, region, policy_id, postal_address, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
            p.id().value(), p.name(), p.sector().name(), p.region(), p.policy().value(), p.postalAddress());
        Db.update(c, "INSERT INTO statement_sequences (partnership_id, last_number) VALUES (?, 0)", p.id().value());
        writeMembers(c, p);
        return new Versioned<>(p, 1);
      });
    }

    @Override
    public Versioned<Partnership> update(Partnership p, long expectedVersion) {
      return db.run(c -> {
        Db.checkedUpdate(c, "partnership", "partnerships", "id", p.id().value(), expectedVersion,
            "name = ?, sector = ?, region = ?, policy_id = ?, postal_address = ?", p.name(), p.sector().name(), p.region(), p.policy().value(),
            p.postalAddress());
        Db.update(c, "DELETE FROM partnership_members WHERE partnership_id = ?", p.id().value());
        writeMembers(c, p);
        return new Versioned<>(p, expectedVersion + 1);
      });
    }

    private static void writeMembers(Connection c, Partnership p) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      p.memberBoards().forEach(b -> rows.add(new Object[] {p.id().value(), b.value()}));
      Db.batch(c, "INSERT INTO partnership_members (partnership_id, board_id) VALUES (?, ?)", rows);
    }

    @Override
    public Optional<Versioned<Partnership>> find(PartnershipId id) {
      return db.run(c -> {
        List<Versioned<Partnership>> found = read(c, "SELECT * FROM partnerships WHERE id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
      });
    }

    @Override
    public List<Versioned<Partnership>> all() {
      return db.run(c -> read(c, "SELECT * FROM partnerships ORDER BY id"));
    }

    private static List<Versioned<Partnership>> read(Connection c, String sql, Object... args) throws SQLException {
      record Row(String id, String name, String sector, String region, String policy, String address, long version) {}
      List<Row> rows = Db.query(c, sql, rs -> new Row(rs.getString("id"), rs.getString("name"), rs.getString("sector"),
          rs.getString("region"), rs.getString("policy_id"), rs.getString("postal_address"), rs.getLong("version")), args);
      Map<String, Set<BoardId>> members = new HashMap<>();
      String filter = rows.size() == 1 ? " WHERE partnership_id = ?" : "";
      Object[] filterArgs = rows.size() == 1 ? new Object[] {rows.get(0).id()} : new Object[0];
      for (String[] m : Db.query(c, "SELECT partnership_id, board_id FROM partnership_members" + filter,
          rs -> new String[] {rs.getString(1), rs.getString(2)}, filterArgs)) {
        members.computeIfAbsent(m[0], k -> new HashSet<>()).add(BoardId.of(m[1]));
      }
      List<Versioned<Partnership>> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Versioned<>(new Partnership(PartnershipId.of(r.id()), r.name(), Sector.valueOf(r.sector()), r.region(),
            PolicyId.of(r.policy()), members.getOrDefault(r.id(), Set.of()), r.address()), r.version()));
      }
      return out;
    }
  }

  /** Boards over JDBC. */
  static final class Boards implements BoardRepository {
    private final Db db;

    Boards(Db db) {
      this.db = db;
    }

    @Override
    public Versioned<Board> insert(Board b) {
      return Db.insertOrExplain(db, "board", b.id().value(), c -> {
        Db.update(c, "INSERT INTO boards (id, name, version) VALUES (?, ?, 1)", b.id().value(), b.name());
        writePartnerships(c, b);
        return new Versioned<>(b, 1);
      });
    }

    @Override
    public Versioned<Board> update(Board b, long expectedVersion) {
      return db.run(c -> {
        Db.checkedUpdate(c, "board", "boards", "id", b.id().value(), expectedVersion, "name = ?", b.name());
        Db.update(c, "DELETE FROM board_partnerships WHERE board_id = ?", b.id().value());
        writePartnerships(c, b);
        return new Versioned<>(b, expectedVersion + 1);
      });
    }

    private static void writePartnerships(Connection c, Board b) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      b.partnerships().forEach(p -> rows.add(new Object[] {b.id().value(), p.value()}));
      Db.batch(c, "INSERT INTO board_partnerships (board_id, partnership_id) VALUES (?, ?)", rows);
    }

    @Override
    public Optional<Versioned<Board>> find(BoardId id) {
      return db.run(c -> {
        List<Versioned<Board>> found = read(c, "SELECT * FROM boards WHERE id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
      });
    }

    @Override
    public List<Versioned<Board>> all() {
      return db.run(c -> read(c, "SELECT * FROM boards ORDER BY id"));
    }

    private static List<Versioned<Board>> read(Connection c, String sql, Object... args) throws SQLException {
      record Row(String id, String name, long version) {}
      List<Row> rows = Db.query(c, sql, rs -> new Row(rs.getString("id"), rs.getString("name"), rs.getLong("version")), args);
      Map<String, Set<PartnershipId>> partnerships = new HashMap<>();
      String filter = rows.size() == 1 ? " WHERE board_id = ?" : "";
      Object[] filterArgs = rows.size() == 1 ? new Object[] {rows.get(0).id()} : new Object[0];
      for (String[] m : Db.query(c, "SELECT board_id, partnership_id FROM board_partnerships" + filter,
          rs -> new String[] {rs.getString(1), rs.getString(2)}, filterArgs)) {
        partnerships.computeIfAbsent(m[0], k -> new HashSet<>()).add(PartnershipId.of(m[1]));
      }
      List<Versioned<Board>> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Versioned<>(new Board(BoardId.of(r.id()), r.name(), partnerships.getOrDefault(r.id(), Set.of())), r.version()));
      }
      return out;
    }
  }

  /** Schools over JDBC. */
  static final class Schools implements SchoolRepository {
    private final Db db;

    Schools(Db db) {
      this.db = db;
    }

    @Override
    public Versioned<School> insert(School s) {
      return Db.insertOrExplain(db, "school", s.brin().value(), c -> {
        Db.update(c, "INSERT INTO schools (brin, name, board_id, school_type, cluster, version) VALUES (?, ?, ?, ?, ?, 1)",
            s.brin().value(), s.name(), s.board().value(), s.type().name(), Db.integer(s.cluster().map(Cluster::number)));
        writeServed(c, s);
        return new Versioned<>(s, 1);
      });
    }

    @Override
    public Versioned<School> update(School s, long expectedVersion) {
      return db.run(c -> {
        Db.checkedUpdate(c, "school", "schools", "brin", s.brin().value(), expectedVersion,
            "name = ?, board_id = ?, school_type = ?, cluster = ?",
            s.name(), s.board().value(), s.type().name(), Db.integer(s.cluster().map(Cluster::number)));
        Db.update(c, "DELETE FROM school_special_needs_types WHERE brin = ?", s.brin().value());
        writeServed(c, s);
        return new Versioned<>(s, expectedVersion + 1);
      });
    }

    private static void writeServed(java.sql.Connection c, School s) throws SQLException {
      Db.batch(c, "INSERT INTO school_special_needs_types (brin, type) VALUES (?, ?)",
          s.servedTypes().stream().map(t -> new Object[] {s.brin().value(), t.name()}).toList());
    }

    @Override
    public Optional<Versioned<School>> find(BrinCode brin) {
      List<Versioned<School>> found = read("s.brin = ?", brin.value());
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Versioned<School>> byBoard(BoardId board) {
      return read("s.board_id = ?", board.value());
    }

    @Override
    public List<Versioned<School>> all() {
      return read("1 = 1");
    }

    /** The schools matching {@code where} (on alias {@code s}) with the types they serve: two statements, in one transaction. */
    private List<Versioned<School>> read(String where, Object... args) {
      return db.run(c -> {
        Map<String, Set<SpecialNeedsType>> served = new java.util.HashMap<>();
        for (Object[] t : Db.query(c, "SELECT t.brin, t.type FROM school_special_needs_types t JOIN schools s ON s.brin = t.brin WHERE " + where, rs ->
            new Object[] {rs.getString("brin"), SpecialNeedsType.valueOf(rs.getString("type"))}, args)) {
          served.computeIfAbsent((String) t[0], k -> EnumSet.noneOf(SpecialNeedsType.class)).add((SpecialNeedsType) t[1]);
        }
        return ImmutableList.copyOf(Db.query(c, "SELECT s.* FROM schools s WHERE " + where + " ORDER BY s.brin", rs -> map(rs, served), args));
      });
    }

    private static Versioned<School> map(ResultSet rs, Map<String, Set<SpecialNeedsType>> served) throws SQLException {
      int cluster = rs.getInt("cluster");
      Optional<Cluster> c = rs.wasNull() ? Optional.empty() : Optional.of(Cluster.of(cluster));
      String brin = rs.getString("brin");
      return new Versioned<>(new School(BrinCode.of(brin), rs.getString("name"), BoardId.of(rs.getString("board_id")),
          SchoolType.valueOf(rs.getString("school_type")), c, served.getOrDefault(brin, EnumSet.noneOf(SpecialNeedsType.class))), rs.getLong("version"));
    }
  }
}
