package nl.passend.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.contract.ContractFixtures;
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.storage.Storage;
import nl.passend.application.testing.MutableClock;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.StudentId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the JDBC adapter shows beyond the port contracts: concurrency, restart, migrations, configuration, real erasure. */
class JdbcAdapterTest {

  @Test
  void twoConcurrentUpdatesOfOneApplicationGiveOneSuccessAndOneConflict() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      assertOneWins(storage);
    }
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "passend.postgres", matches = "true",
      disabledReason = "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does)")
  void twoConcurrentUpdatesOnPostgres() throws Exception {
    try (Storage storage = TestDatabases.postgres()) {
      assertOneWins(storage);
    }
  }

  private static void assertOneWins(Storage storage) throws Exception {
    ContractFixtures.seedStudents(storage);
    AdmissibilityApplication stored = storage.applications().insert(ContractFixtures.application("a-1", ContractFixtures.P1, "s-1"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Boolean> attempt = () -> {
        start.await();
        try {
          storage.unitOfWork().inTransaction(() -> storage.applications().update(stored.acknowledge("c", ContractFixtures.DAY, "")));
          return true;
        } catch (StaleVersionException conflict) {
          return false;
        }
      };
      Future<Boolean> a = pool.submit(attempt);
      Future<Boolean> b = pool.submit(attempt);
      start.countDown();
      assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
      assertThat(storage.applications().find(ApplicationId.of("a-1")).orElseThrow().version()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRestartOnTheSameH2FileSeesAllCommittedData(@TempDir Path dir) {
    JdbcConfig config = new JdbcConfig("jdbc:h2:file:" + dir.resolve("passend").toAbsolutePath(), "sa", "", 4);
    try (JdbcStorage first = new JdbcStorage(config, new PolicyCatalogue(SeedPolicies.all()))) {
      ContractFixtures.seedStudents(first);
      first.applications().insert(ContractFixtures.application("a-1", ContractFixtures.P1, "s-1"));
      assertThatThrownBy(() -> first.unitOfWork().inTransaction(() -> {
        first.applications().insert(ContractFixtures.application("a-2", ContractFixtures.P1, "s-2"));
        throw new IllegalStateException("not committed");
      }));
    }
    assertThat(Files.exists(dir.resolve("passend.mv.db"))).isTrue();
    try (JdbcStorage second = new JdbcStorage(config, new PolicyCatalogue(SeedPolicies.all()))) {
      assertThat(second.applications().find(ApplicationId.of("a-1"))).isPresent();
      assertThat(second.applications().find(ApplicationId.of("a-2"))).isEmpty();
      assertThat(second.students().count()).isEqualTo(2);
      assertThat(second.partnerships().all()).hasSize(2);
    }
  }

  @Test
  void migrationsRunFromEmptyAndAreIdempotent() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      var again = Flyway.configure().dataSource(storage.dataSource()).locations(JdbcStorage.migrations(storage.dataSource())).load();
      assertThat(again.migrate().migrationsExecuted).isZero();
      assertThat(again.info().current().getVersion().getVersion()).isEqualTo("10");
      try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'applications'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void theSchemaRefusesWhatTheDomainRefuses() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2(); Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
      ContractFixtures.seedOrganisation(storage);
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO schools (brin, name, board_id, school_type, cluster, version)"
          + " VALUES ('99XX00', 'x', 'b1', 'SO', NULL, 1)")).hasMessageContaining("CONSTRAINT");
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO schools (brin, name, board_id, school_type, cluster, version)"
          + " VALUES ('99XX00', 'x', 'nope', 'BO', NULL, 1)")).hasMessageContaining("Referential integrity");
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO students (id, partnership_id, date_of_birth, overlap_tolerance_days, version)"
          + " VALUES ('s', 'acc-po', DATE '2015-01-01', 0, 0)")).hasMessageContaining("CONSTRAINT");
      assertThatThrownBy(() -> s.executeUpdate("INSERT INTO school_special_needs_types (brin, type) VALUES ('99AA00', 'NOPE')"))
          .hasMessageContaining("CONSTRAINT");
    }
  }

  @Test
  void configurationComesFromTheEnvironmentAndHidesThePassword() {
    JdbcConfig fallback = JdbcConfig.fromEnvironment(Map.of());
    assertThat(fallback.url()).isEqualTo(JdbcConfig.DEFAULT_URL);
    JdbcConfig pg = JdbcConfig.fromEnvironment(Map.of("PASSEND_DB_URL", "jdbc:postgresql://db:5432/passend?password=s3cret",
        "PASSEND_DB_USER", "passend", "PASSEND_DB_PASSWORD", "s3cret"));
    assertThat(pg.url()).startsWith("jdbc:postgresql:");
    assertThat(pg.user()).isEqualTo("passend");
    JdbcConfig memory = JdbcConfig.fromEnvironment(Map.of("PASSEND_STORAGE", "memory"));
    assertThat(memory.url()).startsWith("jdbc:h2:mem:passend-");
    assertThat(JdbcConfig.fromEnvironment(Map.of("PASSEND_STORAGE", "memory")).url()).isNotEqualTo(memory.url());
    assertThat(pg.toString()).doesNotContain("s3cret").contains("passend");
    assertThatThrownBy(() -> JdbcConfig.fromEnvironment(Map.of("PASSEND_DB_URL", "jdbc:mysql://x"))).hasMessageContaining("PASSEND_DB_URL");
  }

  @Test
  void theRetentionPurgeDeletesRowsForReal() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      ContractFixtures.seedStudents(storage);
      // Not yet enrolled in 2019: the school of registration applies (R-TLV-1).
      storage.registrations().insert(new nl.passend.domain.student.Registration("reg-1", StudentId.of("s-1"), BrinCode.of("99AA00"),
          SchoolType.BO, LocalDate.of(2018, 12, 1)));
      MutableClock clock = new MutableClock(LocalDate.of(2020, 1, 1));
      Passend passend = new Passend(storage, clock, new SequentialIdGenerator(), new InMemorySchoolCalendarSource());
      Actor staff = Actor.of(Role.PARTNERSHIP_STAFF, ContractFixtures.P1.value());
      AdmissibilityApplication a = passend.applications().submit(new SubmitAdmissibilityApplicationUseCase.Command(staff, PolicyId.of("po-22-01"),
          ContractFixtures.P1, StudentId.of("s-1"), BrinCode.of("99AA00"), SchoolType.SBO, Optional.empty(), false, LocalDate.of(2019, 9, 2)));
      for (Action step : List.of(Action.ACKNOWLEDGE, Action.START_ASSESSMENT, Action.SCHEDULE_HEARING, Action.REFUSE)) {
        a = passend.applications().act(new ActOnAdmissibilityApplicationUseCase.Command(staff, a.id(), a.version(), step, LocalDate.of(2019, 9, 10),
            "", Optional.empty(), Optional.empty(), Optional.empty()));
      }
      clock.set(LocalDate.of(2023, 1, 1));
      assertThat(passend.privacy().purge(staff, ContractFixtures.P1).applications()).isEqualTo(1);
      try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
        for (String table : List.of("applications", "application_trail")) {
          try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            assertThat(rs.getInt(1)).as(table).isZero();
          }
        }
        try (ResultSet rs = s.executeQuery("SELECT reason FROM audit_log WHERE action = 'retention.purge'")) {
          rs.next();
          assertThat(rs.getString(1)).contains("erased 1 applications");
        }
      }
    }
  }
}
