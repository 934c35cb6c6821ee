package nl.passend.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.contract.ContractFixtures;
import nl.passend.domain.decision.AdmissibilityApplication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, R-PRIV-3: the trails and the audit log are append-only in the database itself. A
 * program that goes around the adapter with plain JDBC cannot update a trail or audit row, nor
 * delete one; the retention purge, which deletes a case, still takes the case's trail with it.
 */
class AppendOnlyTrailTest {

  @Test
  void trailAndAuditRowsCannotBeChangedOverJdbc_onH2() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      check(storage);
    }
  }

  @Test
  void trailAndAuditRowsCannotBeChangedOverJdbc_onPostgres() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("passend.postgres"), "PostgreSQL tests are off: run with -Ppostgres (as .ci/run does)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    TestDatabases.execute("CREATE SCHEMA " + schema);
    try (JdbcStorage storage = new JdbcStorage(new JdbcConfig(TestDatabases.PG_URL + "?currentSchema=" + schema, TestDatabases.PG_USER, "", 4),
        new PolicyCatalogue(SeedPolicies.all()))) {
      check(storage);
    } finally {
      TestDatabases.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void check(JdbcStorage storage) throws SQLException {
    ContractFixtures.seedStudents(storage);
    AdmissibilityApplication a = storage.applications().insert(ContractFixtures.application("a-1", ContractFixtures.P1, "s-1"));
    storage.applications().update(a.acknowledge("c", ContractFixtures.DAY, "received"));
    storage.auditLog().append(new AuditEntry(java.time.Instant.parse("2025-09-15T10:00:00Z"), "c", "application.acknowledge", "a-1",
        java.util.Optional.of(ContractFixtures.P1), "now ACKNOWLEDGED"));
    try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String sql : new String[] {
          "UPDATE application_trail SET reason = 'rewritten' WHERE application_id = 'a-1'",
          "DELETE FROM application_trail WHERE application_id = 'a-1'",
          "UPDATE audit_log SET reason = 'rewritten'",
          "DELETE FROM audit_log"}) {
        assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      }
    }
    assertThat(storage.applications().find(a.id()).orElseThrow().trail()).extracting(t -> t.reason()).containsExactly(
        a.trail().get(0).reason(), "received");
    assertThat(storage.auditLog().bySubject("a-1")).hasSize(1);
    // The retention purge deletes the case; its trail goes with it.
    assertThat(storage.applications().delete(a.id())).isTrue();
    try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM application_trail WHERE application_id = 'a-1'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
