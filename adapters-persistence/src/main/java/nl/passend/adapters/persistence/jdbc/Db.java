package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.StaleVersionException;

/** Small helpers for explicit SQL: binding with typed nulls, queries, batches. */
final class Db {
  private final JdbcUnitOfWork unitOfWork;
  private volatile Boolean postgres;

  Db(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** A typed SQL NULL, for drivers that need the type. */
  record Null(int sqlType) {}

  static Object date(Optional<LocalDate> value) {
    return value.isPresent() ? value.get() : new Null(Types.DATE);
  }

  static Object date(LocalDate value) {
    return value == null ? new Null(Types.DATE) : value;
  }

  static Object text(Optional<String> value) {
    return value.isPresent() ? value.get() : new Null(Types.VARCHAR);
  }

  static Object text(String value) {
    return value == null ? new Null(Types.VARCHAR) : value;
  }

  static Object integer(Optional<Integer> value) {
    return value.isPresent() ? value.get() : new Null(Types.INTEGER);
  }

  static Object bigint(Optional<Long> value) {
    return value.isPresent() ? value.get() : new Null(Types.BIGINT);
  }

  static Object bool(Optional<Boolean> value) {
    return value.isPresent() ? value.get() : new Null(Types.BOOLEAN);
  }

  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Null n) {
        ps.setNull(i + 1, n.sqlType());
      } else if (a instanceof LocalDate d) {
        ps.setObject(i + 1, d);
      } else if (a instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  <T> T run(JdbcUnitOfWork.SqlWork<T> work) {
    return unitOfWork.withConnection(work);
  }

  /** Whether the database is PostgreSQL (else H2): for the few statements whose syntax differs. */
  boolean postgres(Connection c) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
      postgres = known;
    }
    return known;
  }

  /** What repositories learned in the current transaction; empty outside one. */
  Optional<java.util.Map<Object, Object>> transactionScope() {
    return unitOfWork.transactionScope();
  }

  /** Runs a read of several statements on one snapshot (see {@link JdbcUnitOfWork#withSnapshot}). */
  <T> T snapshot(JdbcUnitOfWork.SqlWork<T> work) {
    return unitOfWork.withSnapshot(work);
  }

  /**
   * Runs a versioned write; a serialisation failure of the database (a concurrent change of the same
   * row) becomes a {@link StaleVersionException}.
   */
  <T> T runVersioned(String kind, String id, long version, JdbcUnitOfWork.SqlWork<T> work) {
    try {
      return run(work);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql && SqlErrors.isConcurrentChange(sql)) {
        throw new StaleVersionException(kind, id, version, version + 1);
      }
      throw e;
    }
  }

  int update(String sql, Object... args) {
    return run(c -> update(c, sql, args));
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return run(c -> query(c, sql, mapper, args));
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
    List<T> rows = query(sql, mapper, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
        if (++pending == 1000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** Maps one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Versioned update: raises the version when it is the expected one, else tells why not. */
  static void checkedUpdate(Connection c, String kind, String table, String key, Object id, long expected, String setClause, Object... values)
      throws SQLException {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = id;
    args[values.length + 1] = expected;
    int rows = Db.update(c, "UPDATE " + table + " SET " + setClause + ", version = version + 1 WHERE " + key + " = ? AND version = ?", args);
    if (rows == 0) {
      List<Long> actual = Db.query(c, "SELECT version FROM " + table + " WHERE " + key + " = ?", rs -> rs.getLong(1), id);
      if (actual.isEmpty()) {
        throw new NotFoundException(kind, id.toString());
      }
      throw new StaleVersionException(kind, id.toString(), expected, actual.get(0));
    }
  }

  static <T> T insertOrExplain(Db db, String kind, String id, JdbcUnitOfWork.SqlWork<T> work) {
    try {
      return db.run(work);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql && SqlErrors.isUniqueViolation(sql)) {
        throw new AlreadyExistsException(kind, id);
      }
      throw e;
    }
  }

  /**
   * Inserts a versioned row at version 1: {@code INSERT INTO table (id, columns, version)} with the
   * id first and then {@code values} in the order of {@code columns}.
   */
  static void insertVersioned(Connection c, String table, String columns, Object id, Object[] values) throws SQLException {
    Object[] args = new Object[values.length + 1];
    args[0] = id;
    System.arraycopy(values, 0, args, 1, values.length);
    String marks = String.join(", ", java.util.Collections.nCopies(args.length, "?"));
    update(c, "INSERT INTO " + table + " (id, " + columns + ", version) VALUES (" + marks + ", 1)", args);
  }

  /** The SET clause {@code a = ?, b = ?} of an update of {@code columns}. */
  static String assignments(String columns) {
    return String.join(", ", java.util.Arrays.stream(columns.split(",")).map(s -> s.strip() + " = ?").toList());
  }

  /** A read of several statements. */
  @FunctionalInterface
  interface Reader<T> {
    T read() throws SQLException;
  }

  /**
   * Reads rows with their child rows in several statements without a torn result: the versions of
   * the rows ({@code versionSql} selects id and version) are read before and after, and the read is
   * repeated when a writer committed in between. Writers always raise the version in the same
   * transaction as any change of the children. A domain value that refuses a combination is a torn
   * read when the versions moved, and bad data when they did not.
   */
  static <T> T consistent(Connection c, String versionSql, Object[] args, Reader<T> reader) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      List<String> before = query(c, versionSql, rs -> rs.getString(1) + "@" + rs.getLong(2), args);
      try {
        T result = reader.read();
        if (query(c, versionSql, rs -> rs.getString(1) + "@" + rs.getLong(2), args).equals(before)) {
          return result;
        }
      } catch (nl.passend.domain.common.InvalidValueException e) {
        if (attempt >= 10 || query(c, versionSql, rs -> rs.getString(1) + "@" + rs.getLong(2), args).equals(before)) {
          throw e;
        }
      }
      if (attempt >= 10) {
        throw new IllegalStateException("rows kept changing while they were read");
      }
    }
  }

  /** Refuses to insert a value that was stored before: a new value has version 0. */
  static void requireNew(String kind, String id, long version) {
    if (version != 0) {
      throw new StaleVersionException(kind, id, version, 0);
    }
  }

  /** How many rows of an append-only trail are stored for its owner; the rows after them are new. */
  static int storedTrailRows(Connection c, String table, String ownerColumn, String ownerId) throws SQLException {
    return query(c, "SELECT COUNT(*) FROM " + table + " WHERE " + ownerColumn + " = ?", rs -> rs.getInt(1), ownerId).get(0);
  }
}
