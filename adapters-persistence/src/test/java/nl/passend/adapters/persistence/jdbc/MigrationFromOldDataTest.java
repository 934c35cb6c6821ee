package nl.passend.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.decision.ApplicationId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Migrations are additive and carry the data (issue 15): a database at version 4, with a school's
 * served types and an application's dossier stored as comma-joined text, is migrated to the latest
 * version and read back through the repositories with the same sets.
 */
class MigrationFromOldDataTest {

  @Test
  void setsStoredAsTextBecomeRowsWithTheirData_onH2() throws Exception {
    String url = "jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    check(new JdbcConfig(url, "sa", "", 2));
  }

  @Test
  void setsStoredAsTextBecomeRowsWithTheirData_onPostgres() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("passend.postgres"), "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does)");
    String schema = "m_" + UUID.randomUUID().toString().replace("-", "");
    TestDatabases.execute("CREATE SCHEMA " + schema);
    try {
      check(new JdbcConfig(TestDatabases.PG_URL + "?currentSchema=" + schema, TestDatabases.PG_USER, "", 2));
    } finally {
      TestDatabases.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void check(JdbcConfig config) throws Exception {
    try (var pool = new com.zaxxer.hikari.HikariDataSource(hikari(config))) {
      DataSource ds = pool;
      Flyway.configure().dataSource(ds).locations(JdbcStorage.migrations(ds)).target("4").load().migrate();
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO partnerships (id, name, sector, region, policy_id, version) VALUES ('p', 'P', 'PO', '', 'po-22-01', 1)");
        s.executeUpdate("INSERT INTO boards (id, name, version) VALUES ('b', 'B', 1)");
        s.executeUpdate("INSERT INTO schools (brin, name, board_id, school_type, cluster, served_types, version)"
            + " VALUES ('99SO00', 'SO', 'b', 'SO', 3, 'ZML,LG', 1)");
        s.executeUpdate("INSERT INTO schools (brin, name, board_id, school_type, cluster, served_types, version)"
            + " VALUES ('99BO00', 'BO', 'b', 'BO', NULL, '', 1)");
        s.executeUpdate("INSERT INTO students (id, date_of_birth, partnership_id, overlap_tolerance_days, version) VALUES ('s-1', DATE '2015-03-01', 'p', 0, 1)");
        s.executeUpdate("INSERT INTO applications (id, policy_id, partnership_id, student_id, applying_school, school_type, special_needs_type,"
            + " pro_special_route, received_on, state, dossier, extended, version)"
            + " VALUES ('a-1', 'po-22-01', 'p', 's-1', '99BO00', 'SO', 'LG', FALSE, DATE '2025-09-15', 'SUBMITTED', 'GUARDIANS_VIEW,EDUCATIONAL_REPORT', FALSE, 1)");
        s.executeUpdate("INSERT INTO application_trail (application_id, position, action, actor, on_date, reason)"
            + " VALUES ('a-1', 0, 'SUBMIT', 'school', DATE '2025-09-15', 'application received')");
      }
    }
    try (JdbcStorage storage = new JdbcStorage(config, new PolicyCatalogue(SeedPolicies.all()))) {
      assertThat(storage.schools().find(BrinCode.of("99SO00")).orElseThrow().value().servedTypes())
          .containsExactlyInAnyOrder(SpecialNeedsType.ZML, SpecialNeedsType.LG);
      assertThat(storage.schools().find(BrinCode.of("99BO00")).orElseThrow().value().servedTypes()).isEmpty();
      assertThat(storage.applications().find(ApplicationId.of("a-1")).orElseThrow().dossier())
          .containsExactlyInAnyOrder(DossierItem.GUARDIANS_VIEW, DossierItem.EDUCATIONAL_REPORT);
    }
  }

  private static com.zaxxer.hikari.HikariConfig hikari(JdbcConfig config) {
    com.zaxxer.hikari.HikariConfig h = new com.zaxxer.hikari.HikariConfig();
    h.setJdbcUrl(config.url());
    h.setUsername(config.user());
    h.setPassword(config.password());
    return h;
  }
}
