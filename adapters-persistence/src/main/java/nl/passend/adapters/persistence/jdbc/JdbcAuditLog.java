package nl.passend.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.domain.organisation.PartnershipId;

/** The append-only audit log over JDBC: the adapter only ever inserts. */
final class JdbcAuditLog implements AuditLog {
  private final Db db;

  JdbcAuditLog(Db db) {
    this.db = db;
  }

  @Override
  public void append(AuditEntry e) {
    db.update("INSERT INTO audit_log (at, actor, action, subject, partnership_id, reason) VALUES (?, ?, ?, ?, ?, ?)",
        Timestamp.from(e.at()), e.actor(), e.action(), e.subject(), Db.text(e.partnership().map(PartnershipId::value)), e.reason());
  }

  @Override
  public List<AuditEntry> bySubject(String subject) {
    return List.copyOf(db.query("SELECT * FROM audit_log WHERE subject = ? ORDER BY id", JdbcAuditLog::map, subject));
  }

  @Override
  public List<AuditEntry> byPartnership(PartnershipId partnership) {
    return List.copyOf(db.query("SELECT * FROM audit_log WHERE partnership_id = ? ORDER BY id", JdbcAuditLog::map, partnership.value()));
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    return new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
        Db.optionalText(rs, "partnership_id").map(PartnershipId::of), rs.getString("reason"));
  }
}
