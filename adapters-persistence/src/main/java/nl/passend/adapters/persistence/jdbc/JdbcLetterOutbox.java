package nl.passend.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.out.LetterOutbox;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.domain.organisation.PartnershipId;

/**
 * The outbox over JDBC. A claim selects due rows (on PostgreSQL {@code FOR UPDATE SKIP LOCKED}, so that
 * racing dispatchers pass each other's rows by) and takes each with a conditional update that only
 * succeeds while the row is still due: whatever the isolation, one dispatcher wins a row per lease.
 */
final class JdbcLetterOutbox implements LetterOutbox {
  private static final String COLUMNS = "id, idempotency_key, kind, subject, partnership_id, role, addressee_name, addressee_email, title, document,"
      + " content_type, status, attempts, created_at, next_attempt_at, sent_at, last_error, addressee_postal";
  /** What sending or giving up erases (R-PRIV-2). */
  private static final String ERASE = "addressee_name = NULL, addressee_email = NULL, addressee_postal = NULL, document = NULL";
  private final Db db;

  JdbcLetterOutbox(Db db) {
    this.db = db;
  }

  @Override
  public void add(OutboxLetter l) {
    Addressee a = l.addressee().orElseThrow(() -> new IllegalArgumentException("a new letter has its addressee"));
    Db.insertOrExplain(db, "letter", l.idempotencyKey(), c -> Db.update(c, "INSERT INTO letter_outbox (" + COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)", l.id(), l.idempotencyKey(), l.kind(), l.subject(),
        l.partnership().value(), l.role(), a.name(), a.email().orElse(null), l.title(), l.document().orElseThrow(), l.contentType(), l.status(),
        l.attempts(), Timestamp.from(l.createdAt()), Timestamp.from(l.nextAttemptAt()), a.postalAddress().orElse(null)));
  }

  @Override
  public List<OutboxLetter> claimDue(Instant now, Instant leaseUntil, int limit) {
    return db.run(c -> {
      String lock = db.postgres(c) ? " FOR UPDATE SKIP LOCKED" : "";
      // Letters by post wait to be printed (markPrinted); only letters by e-mail are claimed.
      List<String> due = Db.query(c, "SELECT id FROM letter_outbox WHERE status = 'PENDING' AND addressee_email IS NOT NULL AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at, id LIMIT ?" + lock, rs -> rs.getString("id"), Timestamp.from(now), limit);
      List<OutboxLetter> claimed = new ArrayList<>();
      for (String id : due) {
        int taken = Db.update(c, "UPDATE letter_outbox SET attempts = attempts + 1, next_attempt_at = ?"
            + " WHERE id = ? AND status = 'PENDING' AND addressee_email IS NOT NULL AND next_attempt_at <= ?", Timestamp.from(leaseUntil), id,
            Timestamp.from(now));
        if (taken == 1) {
          claimed.addAll(Db.query(c, "SELECT " + COLUMNS + " FROM letter_outbox WHERE id = ?", JdbcLetterOutbox::letter, id));
        }
      }
      return claimed;
    });
  }

  @Override
  public void markSent(String id, Instant at) {
    changed(id, db.update("UPDATE letter_outbox SET status = 'SENT', sent_at = ?, " + ERASE + " WHERE id = ?", Timestamp.from(at), id));
  }

  @Override
  public List<OutboxLetter> toPrint(PartnershipId partnership) {
    return db.query("SELECT " + COLUMNS + " FROM letter_outbox WHERE partnership_id = ? AND status = 'PENDING' AND addressee_postal IS NOT NULL"
        + " ORDER BY created_at, id", JdbcLetterOutbox::letter, partnership.value());
  }

  @Override
  public Optional<OutboxLetter> find(String id) {
    return db.query("SELECT " + COLUMNS + " FROM letter_outbox WHERE id = ?", JdbcLetterOutbox::letter, id).stream().findFirst();
  }

  @Override
  public boolean markPrinted(String id, Instant at) {
    return db.update("UPDATE letter_outbox SET status = 'SENT', sent_at = ?, " + ERASE
        + " WHERE id = ? AND status = 'PENDING' AND addressee_postal IS NOT NULL", Timestamp.from(at), id) == 1;
  }

  @Override
  public void markFailed(String id, Instant retryAt, boolean giveUp, String error) {
    String reason = error.length() > 500 ? error.substring(0, 500) : error;
    changed(id, giveUp
        ? db.update("UPDATE letter_outbox SET status = 'FAILED', last_error = ?, " + ERASE + " WHERE id = ?", reason, id)
        : db.update("UPDATE letter_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?", Timestamp.from(retryAt), reason, id));
  }

  private static void changed(String id, int rows) {
    if (rows != 1) {
      throw new NotFoundException("letter", id);
    }
  }

  @Override
  public List<OutboxLetter> bySubject(String subject) {
    return db.query("SELECT " + COLUMNS + " FROM letter_outbox WHERE subject = ? ORDER BY created_at, id", JdbcLetterOutbox::letter, subject);
  }

  @Override
  public int deleteBySubject(String subject) {
    return db.update("DELETE FROM letter_outbox WHERE subject = ?", subject);
  }

  private static OutboxLetter letter(ResultSet rs) throws SQLException {
    Addressee.Role role = Addressee.Role.valueOf(rs.getString("role"));
    String email = rs.getString("addressee_email");
    String postal = rs.getString("addressee_postal");
    Optional<Addressee> addressee = email == null && postal == null ? Optional.empty()
        : Optional.of(new Addressee(role, rs.getString("addressee_name"), Optional.ofNullable(email), Optional.ofNullable(postal)));
    Timestamp sent = rs.getTimestamp("sent_at");
    return new OutboxLetter(rs.getString("id"), rs.getString("idempotency_key"), rs.getString("kind"), rs.getString("subject"),
        PartnershipId.of(rs.getString("partnership_id")), role, addressee, rs.getString("title"), Optional.ofNullable(rs.getBytes("document")),
        rs.getString("content_type"), OutboxLetter.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(), Optional.ofNullable(sent).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getString("last_error")));
  }
}
