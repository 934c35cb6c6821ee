package nl.passend.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.passend.adapters.persistence.jdbc.JdbcConfig;
import nl.passend.adapters.persistence.jdbc.JdbcStorage;
import nl.passend.adapters.web.StudentCsv;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.formats.PolicyCodec;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 100,000 students from CSV through the import use case into PostgreSQL (validation, one
 * transaction, batched inserts, the audit entry), against {@code psql \copy} of the same rows into
 * a bare table. Each iteration starts from an empty database. Before the first timed iteration,
 * both load the file and must hold the same 100,000 rows.
 *
 * <p>Needs PostgreSQL at {@code -Dpassend.postgres.url} (default {@code 127.0.0.1:5432}, user
 * {@code postgres}, trust authentication) and {@code psql} on the path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ImportBenchmark {
  static final int ROWS = 100_000;
  static final String HEADER = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil";
  private static final String DATABASE = "passend_import_bench";
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("po-22-01");
  private static final String[] SCHOOLS = {"99PE00", "99PF00", "99PG00", "99PH00"};

  private Path csv;
  /** The same rows in the layout of Passend's own tables, for the peer that copies into the same schema. */
  private Path studentsCsv;
  private Path enrolmentsCsv;
  private JdbcStorage storage;
  private Passend passend;

  @Setup(Level.Trial)
  public void writeFileAndCheck() throws IOException {
    csv = Files.createTempFile("passend-import", ".csv");
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= ROWS; i++) {
      // Enrolled from the first of the month after the 4th birthday (R-INT-5: not before it).
      LocalDate born = LocalDate.of(2012, 1, 1).plusDays(i % 2500);
      b.append("imp-").append(i).append(',').append(born).append(',').append(SCHOOLS[i % SCHOOLS.length]).append(",BO,")
          .append(born.plusYears(4).plusMonths(1).withDayOfMonth(1)).append(",\n");
    }
    Files.writeString(csv, b, StandardCharsets.UTF_8);
    // The same students as rows of Passend's tables: what the import stores (the policy's tolerance of
    // po-22-01 is 0 days; each student has one enrolment, at position 0).
    studentsCsv = Files.createTempFile("passend-students", ".csv");
    enrolmentsCsv = Files.createTempFile("passend-enrolments", ".csv");
    StringBuilder st = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 1; i <= ROWS; i++) {
      LocalDate born = LocalDate.of(2012, 1, 1).plusDays(i % 2500);
      st.append("imp-").append(i).append(',').append(PARTNERSHIP.value()).append(',').append(born).append(",,,0,1\n");
      en.append("imp-").append(i).append(",0,").append(SCHOOLS[i % SCHOOLS.length]).append(",BO,").append(born.plusYears(4).plusMonths(1).withDayOfMonth(1))
          .append(",\n");
    }
    Files.writeString(studentsCsv, st, StandardCharsets.UTF_8);
    Files.writeString(enrolmentsCsv, en, StandardCharsets.UTF_8);
    // The peer into the same schema holds the same students as Passend's import, each on a fresh database.
    freshDatabase();
    try {
      passendImport();
    } catch (nl.passend.application.student.port.in.ImportRejectedException e) {
      throw new IllegalStateException("the benchmark's own file was refused: " + e.errors().subList(0, Math.min(3, e.errors().size())), e);
    }
    String passendPrint = fingerprint();
    freshDatabase();
    peerCopySameSchema();
    String peerPrint = fingerprint();
    if (!passendPrint.equals(peerPrint)) {
      throw new IllegalStateException("Passend's import and COPY into the same schema differ: " + passendPrint + " / " + peerPrint);
    }
    System.out.printf("%n[check] Passend and COPY into the same schema hold the same students (%s)%n", passendPrint);
    freshDatabase();
    try {
      passendImport();
    } catch (nl.passend.application.student.port.in.ImportRejectedException e) {
      throw new IllegalStateException("the benchmark's own file was refused: " + e.errors().subList(0, Math.min(3, e.errors().size())), e);
    }
    peerCopy();
    long passendRows = count("SELECT count(*) FROM students s JOIN enrolments e ON e.student_id = s.id WHERE s.id LIKE 'imp-%'");
    long peerRows = count("SELECT count(*) FROM bare_students");
    long same = count("SELECT count(*) FROM bare_students b JOIN students s ON s.id = b.student_id AND s.date_of_birth = b.date_of_birth "
        + "JOIN enrolments e ON e.student_id = s.id AND e.school_brin = b.school_brin AND e.enrolled_from = b.enrolled_from");
    if (passendRows != ROWS || peerRows != ROWS || same != ROWS) {
      throw new IllegalStateException("Passend " + passendRows + ", peer " + peerRows + ", equal " + same + " of " + ROWS);
    }
    System.out.printf("%n[check] Passend and psql \\copy both hold the same %d students%n", ROWS);
    storage.close();
    storage = null;
  }

  @Setup(Level.Iteration)
  public void freshDatabase() {
    if (storage != null) {
      storage.close();
    }
    BenchDatabase.recreate(DATABASE);
    storage = new JdbcStorage(new JdbcConfig(BenchDatabase.url(DATABASE), BenchDatabase.USER, "", 4), new PolicyCatalogue(PolicyCodec.builtIns()));
    storage.partnerships().insert(Partnership.of(PARTNERSHIP, "Benchmark partnership", Sector.PO, "benchmark", PolicyId.of("po-22-01"),
        Set.of(BoardId.of("b1"))));
    storage.boards().insert(Board.of(BoardId.of("b1"), "Board b1", Set.of(PARTNERSHIP)));
    for (String brin : SCHOOLS) {
      storage.schools().insert(School.of(BrinCode.of(brin), "School " + brin, BoardId.of("b1"), SchoolType.BO));
    }
    execute("CREATE TABLE bare_students (student_id VARCHAR(64), date_of_birth DATE, school_brin VARCHAR(6), school_type VARCHAR(3), "
        + "enrolled_from DATE, enrolled_until DATE)");
    Clock clock = FixedClock.on(LocalDate.of(2025, 10, 1));
    passend = new Passend(storage, clock, new SequentialIdGenerator(), new InMemorySchoolCalendarSource());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    if (storage != null) {
      storage.close();
    }
    BenchDatabase.drop(DATABASE);
    Files.deleteIfExists(csv);
    Files.deleteIfExists(studentsCsv);
    Files.deleteIfExists(enrolmentsCsv);
  }

  /** Reads the CSV with the HTTP adapter's reader while the use case imports it, as the server does. */
  @Benchmark
  public int passendImport() throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return passend.students().importStudents(new ImportStudentsUseCase.Command(Actor.of(Role.PARTNERSHIP_STAFF, PARTNERSHIP.value()),
          PARTNERSHIP, StudentCsv.rows(in))).imported();
    }
  }

  /**
   * The floor with the same schema: psql's client-side COPY of the same students straight into
   * Passend's own tables, with their keys, foreign keys, checks and indexes, in one transaction (no
   * validation, no merge with stored students, no audit entry).
   */
  @Benchmark
  public int peerCopySameSchema() throws IOException {
    psql("-1", "-c", "\\copy students (id, partnership_id, date_of_birth, bsn, start_qualification_on, overlap_tolerance_days, version) FROM '"
        + studentsCsv + "' WITH (FORMAT csv)", "-c", "\\copy enrolments (student_id, position, school_brin, school_type, enrolled_from, enrolled_until)"
        + " FROM '" + enrolmentsCsv + "' WITH (FORMAT csv)");
    return ROWS;
  }

  private void psql(String... commands) {
    List<String> command = new ArrayList<>(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-q", "-v", "ON_ERROR_STOP=1"));
    command.addAll(List.of(commands));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("psql failed: " + out);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The students stored: how many, and a digest of their ids, partnerships, dates of birth and enrolments. */
  private String fingerprint() {
    return count("SELECT count(*) FROM students WHERE id LIKE 'imp-%'") + " students, digest "
        + text("SELECT md5(string_agg(s.id || '|' || s.partnership_id || '|' || s.date_of_birth || '|' || s.overlap_tolerance_days || '|'"
            + " || e.position || '|' || e.school_brin || '|' || e.school_type || '|' || e.enrolled_from || '|' || coalesce(e.enrolled_until::text, '-'),"
            + " ',' ORDER BY s.id)) FROM students s JOIN enrolments e ON e.student_id = s.id WHERE s.id LIKE 'imp-%'");
  }

  private String text(String sql) {
    try (Connection c = BenchDatabase.connect(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The peer: psql's client-side COPY of the same file into a bare table without constraints. */
  @Benchmark
  public int peerCopy() throws IOException {
    psql("-c", "\\copy bare_students FROM '" + csv + "' WITH (FORMAT csv, HEADER true)");
    return ROWS;
  }

  private long count(String sql) {
    return Long.parseLong(text(sql));
  }

  private void execute(String sql) {
    try (Connection c = BenchDatabase.connect(DATABASE); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
