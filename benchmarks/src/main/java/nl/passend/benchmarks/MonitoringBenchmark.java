package nl.passend.benchmarks;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.monitoring.MonitoringInput;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.formats.PolicyCodec;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * The partnership's monitoring report (R-MON-3) over a national-size population: 2.5 million
 * students with their enrolments, a statement for every SBO and SO student, and out-of-school
 * cases. Passend computes it in memory on one thread; the peer computes the same figures with SQL
 * in PostgreSQL over the same rows (students per school type, the population aged 5-17,
 * statements in force per type and category, statements ending within six months, thuiszitters
 * on the count date). Before timing, both must give the same figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g"})
public class MonitoringBenchmark {
  static final int STUDENTS = 2_500_000;
  static final LocalDate COUNT_DATE = LocalDate.of(2026, 3, 1);
  private static final String DATABASE = "passend_monitoring_bench";
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("po-22-01");

  private List<Student> students;
  private List<AdmissibilityStatement> statements;
  private List<OutOfSchoolCase> cases;
  private MonitoringReport.Settings settings;
  private Connection sql;

  @Setup
  public void setUp() throws SQLException {
    PartnershipPolicy policy = PolicyCodec.builtIn(PolicyId.of("po-22-01")).orElseThrow();
    settings = policy.monitoringSettings(HolidayCalendar.of(List.of()));
    long before = usedHeap();
    generate();
    long after = usedHeap();
    System.out.printf("%n[memory] %d students with %d statements and %d cases: %.0f bytes per student (heap after GC)%n",
        STUDENTS, statements.size(), cases.size(), (after - before) / (double) STUDENTS);
    load();
    MonitoringReport report = passend();
    Figures fromSql = sqlFigures();
    Figures fromPassend = new Figures(nonZero(report.studentsByType()), report.population(), sorted(report.statementsByType()),
        report.statementsEndingWithinSixMonths(), report.outOfSchool());
    if (!fromSql.equals(fromPassend)) {
      throw new IllegalStateException("Passend and SQL differ:\n" + fromPassend + "\n" + fromSql);
    }
    System.out.printf("[check] Passend and PostgreSQL give the same figures: %s%n", fromPassend);
  }

  /** The figures both compute. */
  record Figures(String studentsByType, long population, String statementsByType, long statementsEnding, long outOfSchool) {}

  private static String sorted(Map<SchoolType, Map<String, Long>> byType) {
    Map<String, Map<String, Long>> m = new TreeMap<>();
    byType.forEach((k, v) -> m.put(k.name(), new TreeMap<>(v)));
    return m.toString();
  }

  private static String nonZero(Map<SchoolType, Long> byType) {
    Map<String, Long> m = new TreeMap<>();
    byType.forEach((k, v) -> {
      if (v > 0) {
        m.put(k.name(), v);
      }
    });
    return m.toString();
  }

  private void generate() {
    SplittableRandom random = new SplittableRandom(20_251_123L);
    students = new ArrayList<>(STUDENTS);
    statements = new ArrayList<>();
    cases = new ArrayList<>();
    BrinCode bo = BrinCode.of("99PE00");
    BrinCode sbo = BrinCode.of("99PB00");
    BrinCode so = BrinCode.of("99SO00");
    long number = 1;
    for (int i = 0; i < STUDENTS; i++) {
      LocalDate born = COUNT_DATE.minusYears(4 + random.nextInt(10)).minusDays(random.nextInt(365));
      int kind = random.nextInt(1000);
      SchoolType type = kind < 25 ? SchoolType.SBO : kind < 40 ? SchoolType.SO : SchoolType.BO;
      LocalDate from = born.plusYears(4).withDayOfMonth(1);
      Optional<LocalDate> until = random.nextInt(20) == 0 ? Optional.of(COUNT_DATE.minusDays(1 + random.nextInt(300))) : Optional.empty();
      if (until.isPresent() && until.get().isBefore(from)) {
        until = Optional.empty();
      }
      Enrolment e = new Enrolment(type == SchoolType.BO ? bo : type == SchoolType.SBO ? sbo : so, type, from, until);
      StudentId id = StudentId.of("s" + i);
      students.add(Student.register(id, born, COUNT_DATE, EnrolmentHistory.of(0, List.of(e))));
      if (type != SchoolType.BO) {
        LocalDate start = COUNT_DATE.minusYears(random.nextInt(3)).withMonth(8).withDayOfMonth(1);
        LocalDate end = LocalDate.of(start.getYear() + 1 + random.nextInt(3), 7, 31);
        boolean isSo = type == SchoolType.SO;
        StatementStatus status = random.nextInt(50) == 0 ? StatementStatus.REVOKED : StatementStatus.ACTIVE;
        statements.add(new AdmissibilityStatement(number++, PARTNERSHIP, id, type, isSo ? Optional.of(SpecialNeedsType.LG) : Optional.empty(),
            isSo ? Optional.of(FundingCategory.values()[random.nextInt(3)]) : Optional.empty(), Optional.empty(), start, start,
            Optional.of(end), AdmissibilityStatement.legalBasisFor(type), status));
      }
      if (random.nextInt(500) == 0) {
        OutOfSchoolCase c = OutOfSchoolCase.open(new CaseId("c" + i), PARTNERSHIP, id, AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE,
            COUNT_DATE.minusDays(random.nextInt(400)), "no fitting place", Optional.empty(), "coordinator");
        if (random.nextBoolean()) {
          c = c.close(c.startedOn().plusDays(random.nextInt(300)), "coordinator", "back at school");
        }
        cases.add(c);
      }
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private void load() throws SQLException {
    BenchDatabase.recreate(DATABASE);
    sql = BenchDatabase.connect(DATABASE);
    try (Statement s = sql.createStatement()) {
      s.execute("CREATE TABLE students (id VARCHAR(64) PRIMARY KEY, date_of_birth DATE NOT NULL)");
      s.execute("CREATE TABLE enrolments (student_id VARCHAR(64) NOT NULL, school_type VARCHAR(3) NOT NULL, enrolled_from DATE NOT NULL, "
          + "enrolled_until DATE)");
      s.execute("CREATE TABLE statements (student_id VARCHAR(64) NOT NULL, school_type VARCHAR(3) NOT NULL, category VARCHAR(6), "
          + "start_date DATE NOT NULL, end_date DATE, status VARCHAR(7) NOT NULL)");
      s.execute("CREATE TABLE out_of_school (student_id VARCHAR(64) NOT NULL, started_on DATE NOT NULL, closed_on DATE)");
    }
    StringBuilder st = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Student s : students) {
      st.append(s.id().value()).append(',').append(s.dateOfBirth()).append('\n');
      for (Enrolment e : s.enrolments().enrolments()) {
        en.append(s.id().value()).append(',').append(e.schoolType()).append(',').append(e.from()).append(',')
            .append(e.until().map(LocalDate::toString).orElse("")).append('\n');
      }
    }
    copy("students", st);
    copy("enrolments", en);
    StringBuilder sm = new StringBuilder();
    for (AdmissibilityStatement a : statements) {
      sm.append(a.student().value()).append(',').append(a.schoolType()).append(',').append(a.fundingCategory().map(Enum::name).orElse(""))
          .append(',').append(a.startDate()).append(',').append(a.endDate().map(LocalDate::toString).orElse("")).append(',')
          .append(a.status()).append('\n');
    }
    copy("statements", sm);
    StringBuilder oc = new StringBuilder();
    for (OutOfSchoolCase c : cases) {
      oc.append(c.student().value()).append(',').append(c.startedOn()).append(',').append(c.closedOn().map(LocalDate::toString).orElse(""))
          .append('\n');
    }
    copy("out_of_school", oc);
    try (Statement s = sql.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private void copy(String table, StringBuilder csv) throws SQLException {
    try {
      sql.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
    } catch (java.io.IOException e) {
      throw new SQLException(e);
    }
  }

  private MonitoringReport passend() {
    return MonitoringReport.compute(new MonitoringInput(PARTNERSHIP, COUNT_DATE, students, List.of(), statements, List.of(), List.of(), cases,
        List.of(), OptionalLong.empty()), settings);
  }

  private Figures sqlFigures() throws SQLException {
    java.sql.Date d = java.sql.Date.valueOf(COUNT_DATE);
    Map<String, Long> byType = new TreeMap<>();
    try (PreparedStatement p = sql.prepareStatement("SELECT school_type, count(*) FROM enrolments WHERE enrolled_from <= ? "
        + "AND (enrolled_until IS NULL OR enrolled_until >= ?) GROUP BY school_type")) {
      p.setDate(1, d);
      p.setDate(2, d);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          byType.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    long population = single("SELECT count(*) FROM students WHERE date_of_birth <= ? AND extract(year FROM age(?, date_of_birth)) BETWEEN 5 AND 17", d, d);
    Map<SchoolType, Map<String, Long>> inForce = new java.util.EnumMap<>(SchoolType.class);
    try (PreparedStatement p = sql.prepareStatement("SELECT school_type, coalesce(category, 'NONE'), count(*) FROM statements "
        + "WHERE status <> 'REVOKED' AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) GROUP BY 1, 2 ORDER BY 1, 2")) {
      p.setDate(1, d);
      p.setDate(2, d);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          inForce.computeIfAbsent(SchoolType.valueOf(rs.getString(1)), k -> new java.util.LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    long ending = single("SELECT count(*) FROM statements WHERE status <> 'REVOKED' AND end_date >= ? AND end_date <= ?",
        java.sql.Date.valueOf(COUNT_DATE.plusDays(1)), java.sql.Date.valueOf(COUNT_DATE.plusMonths(6)));
    long outOfSchool = single("SELECT count(*) FROM out_of_school WHERE started_on <= ? AND (closed_on IS NULL OR closed_on > ?)", d, d);
    return new Figures(byType.toString(), population, sorted(inForce), ending, outOfSchool);
  }

  private long single(String query, Object... args) throws SQLException {
    try (PreparedStatement p = sql.prepareStatement(query)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @TearDown
  public void tearDown() throws SQLException {
    sql.close();
    BenchDatabase.drop(DATABASE);
  }

  /** Passend: the whole report, in memory, on one thread. */
  @Benchmark
  public MonitoringReport passendReport() {
    return passend();
  }

  /** The peer: the same figures as SQL queries in PostgreSQL. */
  @Benchmark
  public Figures sqlReport() throws SQLException {
    return sqlFigures();
  }
}
