package nl.passend.adapters.persistence.jdbc;

import com.google.common.collect.Lists;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.passend.application.common.Versioned;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.Bsn;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Guardian;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;

/** Students over JDBC; the bulk import writes in batches within one transaction. */
final class JdbcStudentRepository implements StudentRepository {
  private static final String INSERT = "INSERT INTO students (id, partnership_id, date_of_birth, bsn, start_qualification_on, overlap_tolerance_days, version)"
      + " VALUES (?, ?, ?, ?, ?, ?, 1)";
  private static final String UPDATE_ANY = "UPDATE students SET partnership_id = ?, date_of_birth = ?, bsn = ?, start_qualification_on = ?,"
      + " overlap_tolerance_days = ?, version = version + 1 WHERE id = ?";
  private static final String INSERT_ENROLMENT = "INSERT INTO enrolments (student_id, position, school_brin, school_type, enrolled_from, enrolled_until)"
      + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String INSERT_GUARDIAN = "INSERT INTO guardians (student_id, position, reference, name, parental_authority) VALUES (?, ?, ?, ?, ?)";

  private final Db db;
  private final JdbcUnitOfWork unitOfWork;

  JdbcStudentRepository(Db db, JdbcUnitOfWork unitOfWork) {
    this.db = db;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Versioned<StudentRecord>> find(StudentId id) {
    return db.run(c -> {
      List<Versioned<StudentRecord>> found = read(c, " WHERE s.id = ?", id.value());
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public Map<StudentId, Versioned<StudentRecord>> findAll(java.util.Collection<StudentId> ids) {
    List<String> values = ids.stream().map(StudentId::value).distinct().collect(Collectors.toList());
    return db.run(c -> {
      Map<StudentId, Versioned<StudentRecord>> found = new HashMap<>();
      for (List<String> chunk : Lists.partition(values, 1000)) {
        String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
        for (Versioned<StudentRecord> v : read(c, " WHERE s.id IN (" + marks + ")", chunk.toArray())) {
          found.put(v.value().student().id(), v);
        }
      }
      // In a transaction, remember which of these students are stored, so that an upsert of them in
      // the same transaction (the import) need not ask again. A student another transaction inserts
      // meanwhile makes that upsert's insert fail on the key, and the whole import rolls back.
      unitOfWork.transactionScope().ifPresent(scope -> values.forEach(id -> scope.put(new Stored(id), found.containsKey(StudentId.of(id)))));
      return found;
    });
  }

  @Override
  public Versioned<StudentRecord> insert(StudentRecord record) {
    return Db.insertOrExplain(db, "student", record.student().id().value(), c -> {
      Db.update(c, INSERT, row(record));
      writeChildren(c, List.of(record));
      unitOfWork.transactionScope().ifPresent(scope -> scope.put(new Stored(record.student().id().value()), true));
      return new Versioned<>(record, 1);
    });
  }

  @Override
  public Versioned<StudentRecord> update(StudentRecord record, long expectedVersion) {
    Student s = record.student();
    return db.run(c -> {
      Db.checkedUpdate(c, "student", "students", "id", s.id().value(), expectedVersion,
          "partnership_id = ?, date_of_birth = ?, bsn = ?, start_qualification_on = ?, overlap_tolerance_days = ?",
          record.partnership().value(), s.dateOfBirth(), Db.text(s.bsn().map(Bsn::digits)), Db.date(s.startQualificationOn()),
          s.enrolments().toleranceDays());
      deleteChildren(c, List.of(s.id().value()));
      writeChildren(c, List.of(record));
      return new Versioned<>(record, expectedVersion + 1);
    });
  }

  @Override
  public void upsertAll(List<StudentRecord> records) {
    unitOfWork.inTransaction(() -> db.run(c -> {
      for (List<StudentRecord> chunk : Lists.partition(records, 1000)) {
        List<String> ids = chunk.stream().map(r -> r.student().id().value()).collect(Collectors.toList());
        List<String> existing = storedAmong(c, ids);
        java.util.Set<String> known = new java.util.HashSet<>(existing);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (StudentRecord r : chunk) {
          if (known.contains(r.student().id().value())) {
            Object[] row = row(r);
            updates.add(new Object[] {row[1], row[2], row[3], row[4], row[5], row[0]});
          } else {
            inserts.add(row(r));
          }
        }
        Db.batch(c, INSERT, inserts);
        Db.batch(c, UPDATE_ANY, updates);
        deleteChildren(c, existing);
        writeChildren(c, chunk);
        // What a read of this transaction remembered of these students is used up: forgotten, so that an
        // import of a million students in parts does not keep every id (a later upsert asks the database).
        unitOfWork.transactionScope().ifPresent(scope -> ids.forEach(id -> scope.remove(new Stored(id))));
      }
      return null;
    }));
  }

  /** Whether a student id was found stored by a read in the current transaction. */
  private record Stored(String id) {}

  /** Which of the ids are stored: known from a read in this transaction when it read them all, else one query. */
  private List<String> storedAmong(Connection c, List<String> ids) throws SQLException {
    Optional<Map<Object, Object>> scope = unitOfWork.transactionScope();
    if (scope.isPresent() && ids.stream().allMatch(id -> scope.get().containsKey(new Stored(id)))) {
      return ids.stream().filter(id -> Boolean.TRUE.equals(scope.get().get(new Stored(id)))).collect(Collectors.toList());
    }
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    return Db.query(c, "SELECT id FROM students WHERE id IN (" + marks + ")", rs -> rs.getString(1), ids.toArray());
  }

  @Override
  public Iterable<StudentRecord> byPartnership(PartnershipId partnership) {
    // One snapshot: the students, enrolments and guardians are three statements, and an import may commit between them.
    return db.snapshot(c -> {
      List<StudentRecord> out = new ArrayList<>();
      read(c, " WHERE s.partnership_id = ?", partnership.value()).forEach(v -> out.add(v.value()));
      return out;
    });
  }

  @Override
  public Optional<LocalDate> hold(StudentId id) {
    // A row lock until the transaction ends (H2 and PostgreSQL): the check-then-write of a grant is serialised per student.
    return db.query("SELECT date_of_birth FROM students WHERE id = ? FOR UPDATE", rs -> Db.localDate(rs, "date_of_birth"), id.value())
        .stream().findFirst();
  }

  @Override
  public long count() {
    return db.one("SELECT COUNT(*) FROM students", rs -> rs.getLong(1)).orElse(0L);
  }

  private static Object[] row(StudentRecord r) {
    Student s = r.student();
    return new Object[] {s.id().value(), r.partnership().value(), s.dateOfBirth(), Db.text(s.bsn().map(Bsn::digits)),
        Db.date(s.startQualificationOn()), s.enrolments().toleranceDays()};
  }

  private static void deleteChildren(Connection c, List<String> ids) throws SQLException {
    for (List<String> chunk : Lists.partition(ids, 1000)) {
      if (chunk.isEmpty()) {
        continue;
      }
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      Db.update(c, "DELETE FROM enrolments WHERE student_id IN (" + marks + ")", chunk.toArray());
      Db.update(c, "DELETE FROM guardians WHERE student_id IN (" + marks + ")", chunk.toArray());
    }
  }

  private static void writeChildren(Connection c, List<StudentRecord> records) throws SQLException {
    List<Object[]> enrolments = new ArrayList<>();
    List<Object[]> guardians = new ArrayList<>();
    for (StudentRecord r : records) {
      String id = r.student().id().value();
      List<Enrolment> list = r.student().enrolments().enrolments();
      for (int i = 0; i < list.size(); i++) {
        Enrolment e = list.get(i);
        enrolments.add(new Object[] {id, i, e.school().value(), e.schoolType().name(), e.from(), Db.date(e.until())});
      }
      List<Guardian> gs = r.student().guardians();
      for (int i = 0; i < gs.size(); i++) {
        Guardian g = gs.get(i);
        guardians.add(new Object[] {id, i, g.reference(), g.name(), g.parentalAuthority()});
      }
    }
    Db.batch(c, INSERT_ENROLMENT, enrolments);
    Db.batch(c, INSERT_GUARDIAN, guardians);
  }

  /**
   * Reads students with their enrolments and guardians; {@code where} filters {@code students s}. The
   * students and their enrolments are one statement (a join, in order of student and position; a
   * student without enrolments is one row with none), the guardians a second.
   */
  private static List<Versioned<StudentRecord>> read(Connection c, String where, Object... args) throws SQLException {
    record Row(String id, String partnership, java.time.LocalDate dob, String bsn, java.time.LocalDate qualified, int tolerance, long version,
        Enrolment enrolment) {}
    List<Row> joined = Db.query(c, "SELECT s.id, s.partnership_id, s.date_of_birth, s.bsn, s.start_qualification_on, s.overlap_tolerance_days,"
        + " s.version, e.school_brin, e.school_type, e.enrolled_from, e.enrolled_until FROM students s LEFT JOIN enrolments e ON e.student_id = s.id"
        + where + " ORDER BY s.id, e.position", rs -> new Row(rs.getString("id"), rs.getString("partnership_id"), Db.localDate(rs, "date_of_birth"),
            rs.getString("bsn"), Db.localDate(rs, "start_qualification_on"), rs.getInt("overlap_tolerance_days"), rs.getLong("version"),
            rs.getString("school_brin") == null ? null : enrolment(rs)), args);
    if (joined.isEmpty()) {
      return List.of();
    }
    Map<String, List<Guardian>> guardians = new HashMap<>();
    for (Object[] g : Db.query(c, "SELECT g.* FROM guardians g JOIN students s ON s.id = g.student_id" + where + " ORDER BY g.student_id, g.position",
        rs -> new Object[] {rs.getString("student_id"), new Guardian(rs.getString("reference"), rs.getString("name"), rs.getBoolean("parental_authority"))},
        args)) {
      guardians.computeIfAbsent((String) g[0], k -> new ArrayList<>()).add((Guardian) g[1]);
    }
    List<Versioned<StudentRecord>> out = new ArrayList<>();
    int i = 0;
    while (i < joined.size()) {
      Row r = joined.get(i);
      List<Enrolment> enrolments = new ArrayList<>();
      for (; i < joined.size() && joined.get(i).id().equals(r.id()); i++) {
        if (joined.get(i).enrolment() != null) {
          enrolments.add(joined.get(i).enrolment());
        }
      }
      Student s = new Student(StudentId.of(r.id()), r.dob(), Optional.ofNullable(r.bsn()).map(Bsn::of),
          guardians.getOrDefault(r.id(), List.of()), EnrolmentHistory.of(r.tolerance(), enrolments), Optional.ofNullable(r.qualified()));
      out.add(new Versioned<>(new StudentRecord(s, PartnershipId.of(r.partnership())), r.version()));
    }
    return out;
  }

  private static Enrolment enrolment(ResultSet rs) throws SQLException {
    return new Enrolment(BrinCode.of(rs.getString("school_brin")), SchoolType.valueOf(rs.getString("school_type")), Db.localDate(rs, "enrolled_from"),
        Db.optionalDate(rs, "enrolled_until"));
  }
}
