package nl.passend.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.passend.adapters.persistence.jdbc.JdbcConfig;
import nl.passend.adapters.persistence.jdbc.JdbcStorage;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.simulation.port.in.SimulatePolicyUseCase;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.formats.PolicyCodec;
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
 * Issue 21: a policy simulation over 100,000 stored assessments of decided LWOO designations on
 * PostgreSQL (vo-31-02's 2020 criteria against a candidate whose lower delay bound moves from 25% to
 * 26%), streamed through {@code AssessmentRepository.forEachDecided} and evaluated twice each.
 * The peer is the bare read of the same rows over JDBC (the designations in the window joined with
 * their assessments and domains, every value touched): the floor any simulation that reads the
 * stored facts pays, so the ratio shows what evaluating, comparing and counting add. The rows are
 * written with plain batched SQL in the set-up (the designations' trails are not needed to simulate).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SimulationBenchmark {
  static final int CASES = 100_000;
  private static final String DATABASE = "passend_simulation_bench";
  private static final PartnershipId ML = PartnershipId.of("ml-vo");
  private static final PolicyId VO_31_02 = PolicyId.of("vo-31-02");
  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);
  private static final String[] DOMAINS = {"ARITHMETIC", "READING_COMPREHENSION", "TECHNICAL_READING", "SPELLING"};

  private JdbcStorage storage;
  private Passend passend;
  private SimulatePolicyUseCase.Command command;

  @Setup(Level.Trial)
  public void fill() throws SQLException {
    BenchDatabase.recreate(DATABASE);
    PolicyCatalogue policies = new PolicyCatalogue(PolicyCodec.builtIns());
    storage = new JdbcStorage(new JdbcConfig(BenchDatabase.url(DATABASE), BenchDatabase.USER, "", 4), policies);
    storage.partnerships().insert(Partnership.of(ML, "Benchmark VO", Sector.VO, "benchmark", VO_31_02, Set.of(BoardId.of("vb"))));
    storage.boards().insert(Board.of(BoardId.of("vb"), "Board vb", Set.of(ML)));
    storage.schools().insert(School.of(BrinCode.of("99VO00"), "VO school", BoardId.of("vb"), SchoolType.VO));
    try (Connection c = BenchDatabase.connect(DATABASE)) {
      c.setAutoCommit(false);
      try (PreparedStatement students = c.prepareStatement("INSERT INTO students (id, partnership_id, date_of_birth, overlap_tolerance_days, version)"
              + " VALUES (?, 'ml-vo', ?, 0, 1)");
          PreparedStatement designations = c.prepareStatement("INSERT INTO lwoo_designations (id, partnership_id, student_id, school_brin,"
              + " received_on, outcome, scheme_version, state, decided_on, version) VALUES (?, 'ml-vo', ?, '99VO00', ?, 'ELIGIBLE', '2020-01-01',"
              + " 'GRANTED', ?, 1)");
          PreparedStatement assessments = c.prepareStatement("INSERT INTO case_assessments (case_id, partnership_id, version, assessment_date,"
              + " date_of_birth) VALUES (?, 'ml-vo', 1, ?, ?)");
          PreparedStatement domains = c.prepareStatement("INSERT INTO case_assessment_domains (case_id, domain, dl, dle) VALUES (?, ?, 60, ?)")) {
        LocalDate born = LocalDate.of(2011, 9, 1);
        for (int i = 0; i < CASES; i++) {
          String id = "lwoo-" + i;
          String student = "s-" + i;
          students.setString(1, student);
          students.setObject(2, born);
          students.addBatch();
          designations.setString(1, id);
          designations.setString(2, student);
          designations.setObject(3, DECIDED.minusDays(10));
          designations.setObject(4, DECIDED);
          designations.addBatch();
          assessments.setString(1, id);
          assessments.setObject(2, DECIDED.minusDays(20));
          assessments.setObject(3, born);
          assessments.addBatch();
          for (int d = 0; d < DOMAINS.length; d++) {
            domains.setString(1, id);
            domains.setString(2, DOMAINS[d]);
            // DLEs around the 25% boundary (45 at DL 60) and beyond, spread over the cases.
            domains.setInt(3, 30 + (i * 7 + d * 13) % 31);
            domains.addBatch();
          }
          if (i % 2_000 == 1_999) {
            students.executeBatch();
            designations.executeBatch();
            assessments.executeBatch();
            domains.executeBatch();
          }
        }
        students.executeBatch();
        designations.executeBatch();
        assessments.executeBatch();
        domains.executeBatch();
      }
      c.commit();
      try (var s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
    Clock clock = FixedClock.on(LocalDate.of(2025, 6, 1));
    passend = new Passend(storage, clock, new SequentialIdGenerator(), new InMemorySchoolCalendarSource());
    command = new SimulatePolicyUseCase.Command(Actor.of(Role.PARTNERSHIP_STAFF, "ml-vo"), VO_31_02, candidate(policies), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31));
    SimulatePolicyUseCase.Result result = simulate();
    long read = bareRead();
    if (result.evaluated() != CASES || read == 0) {
      throw new IllegalStateException("simulated " + result.evaluated() + " of " + CASES);
    }
    System.out.printf("%n[check] simulated %d stored assessments, %d changed outcome (%s); the bare read touched the same %d cases%n",
        result.evaluated(), result.changed(), result.byScheme(), CASES);
  }

  @TearDown(Level.Trial)
  public void close() {
    storage.close();
    BenchDatabase.drop(DATABASE);
  }

  /** Passend: the whole use case, streamed from PostgreSQL, each assessment evaluated under both policies. */
  @Benchmark
  public SimulatePolicyUseCase.Result simulate() {
    return passend.simulations().simulate(command);
  }

  /** The peer: the same rows read over JDBC, every value touched, nothing evaluated. */
  @Benchmark
  public long bareRead() throws SQLException {
    long sum = 0;
    try (Connection c = BenchDatabase.connect(DATABASE)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("SELECT a.case_id, a.assessment_date, a.date_of_birth, d.domain, d.dl, d.dle"
          + " FROM case_assessments a JOIN lwoo_designations l ON l.id = a.case_id JOIN case_assessment_domains d ON d.case_id = a.case_id"
          + " WHERE l.partnership_id = 'ml-vo' AND l.decided_on BETWEEN ? AND ? ORDER BY a.case_id")) {
        ps.setFetchSize(1_000);
        ps.setObject(1, LocalDate.of(2024, 1, 1));
        ps.setObject(2, LocalDate.of(2024, 12, 31));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sum += rs.getString(1).length() + rs.getObject(2, LocalDate.class).getDayOfYear() + rs.getObject(3, LocalDate.class).getDayOfYear()
                + rs.getString(4).length() + rs.getInt(5) + rs.getInt(6);
          }
        }
      }
    }
    return sum;
  }

  /** vo-31-02 with the lower bound of its 2020 LWOO delays at 26% instead of 25%. */
  private static PartnershipPolicy candidate(PolicyCatalogue policies) {
    return nl.passend.application.testing.PolicyVariants.withLwooLowerDelay(policies.find(VO_31_02).orElseThrow(), 26);
  }
}
