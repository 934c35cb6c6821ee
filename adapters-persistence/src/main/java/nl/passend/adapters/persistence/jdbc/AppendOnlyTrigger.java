package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The append-only rule of the trails and the audit log on H2 (issue 15, R-PRIV-3), as the PostgreSQL
 * migration states it with PL/pgSQL: an update is refused; a trail row is deleted only when its case
 * is gone (the retention purge deletes the case, the cascade its trail); an audit row never.
 */
public final class AppendOnlyTrigger implements Trigger {
  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName.toLowerCase(Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow != null) {
      throw new SQLException("append-only: an update of " + table + " is refused", "42501");
    }
    String parent = switch (table) {
      case "application_trail" -> "SELECT 1 FROM applications WHERE id = ?";
      case "lwoo_designation_trail" -> "SELECT 1 FROM lwoo_designations WHERE id = ?";
      default -> null;
    };
    if (parent == null) {
      throw new SQLException("append-only: a delete from " + table + " is refused", "42501");
    }
    try (PreparedStatement ps = conn.prepareStatement(parent)) {
      ps.setObject(1, oldRow[0]);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new SQLException("append-only: a row of " + table + " goes only with its case", "42501");
        }
      }
    }
  }
}
