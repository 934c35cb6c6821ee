package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Letters by post (issue 19): an addressee without e-mail has a postal address, and the partnership
 * prints the letter from the outbox. V8 tied a pending letter to an e-mail address with two checks it
 * did not name, whose names H2 and PostgreSQL choose differently; this migration finds them by what
 * they check, drops them, and adds named checks that allow either address. A Java migration because
 * plain SQL cannot drop a constraint whose name it does not know. Additive for the data: every stored
 * letter satisfies the new checks.
 */
public class V10__letters_by_post extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE letter_outbox ADD COLUMN addressee_postal VARCHAR(700)");
      List<String> old = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT tc.constraint_name, cc.check_clause FROM information_schema.table_constraints tc"
          + " JOIN information_schema.check_constraints cc ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema"
          + " WHERE LOWER(tc.table_name) = 'letter_outbox' AND tc.constraint_type = 'CHECK'")) {
        while (rs.next()) {
          if (rs.getString(2).toLowerCase(Locale.ROOT).contains("addressee_email")) {
            old.add(rs.getString(1));
          }
        }
      }
      if (old.size() != 2) {
        throw new IllegalStateException("expected the two checks of V8 on letter_outbox that name addressee_email, found " + old.size());
      }
      for (String name : old) {
        s.execute("ALTER TABLE letter_outbox DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
      }
      s.execute("ALTER TABLE letter_outbox ADD CONSTRAINT letter_outbox_pending_addressed CHECK (status <> 'PENDING' OR (addressee_name IS NOT NULL"
          + " AND document IS NOT NULL AND ((addressee_email IS NOT NULL AND addressee_postal IS NULL)"
          + " OR (addressee_email IS NULL AND addressee_postal IS NOT NULL))))");
      s.execute("ALTER TABLE letter_outbox ADD CONSTRAINT letter_outbox_done_erased CHECK (status = 'PENDING' OR (addressee_email IS NULL"
          + " AND addressee_postal IS NULL AND addressee_name IS NULL AND document IS NULL))");
    }
  }
}
