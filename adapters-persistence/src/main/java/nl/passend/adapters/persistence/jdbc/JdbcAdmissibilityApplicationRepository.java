package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.domain.decision.Action;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.ApplicationState;
import nl.passend.domain.decision.CommitteeAdvice;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.decision.Objection;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.decision.StatementStatus;
import nl.passend.domain.decision.Suspension;
import nl.passend.domain.decision.TrailEntry;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;

/** Applications with their statements, trails, suspensions and expert advice over JDBC. */
final class JdbcAdmissibilityApplicationRepository implements AdmissibilityApplicationRepository {
  private static final String COLUMNS = "policy_id, partnership_id, student_id, applying_school, school_type, special_needs_type,"
      + " pro_special_route, received_on, state, first_choice_school, extended, decided_on, statement_number, st_school_type,"
      + " st_special_needs, st_category, st_override_reason, st_issued_on, st_start, st_end, st_legal_basis, st_status, obj_by,"
      + " obj_received_on, obj_notified_on, obj_upheld, obj_decided_on, renews, st_renews, advice, advice_on, advice_by, advice_reason,"
      + " replaces, st_replaced_by, st_last_day, children_digest";

  private final Db db;

  JdbcAdmissibilityApplicationRepository(Db db) {
    this.db = db;
  }

  @Override
  public AdmissibilityApplication insert(AdmissibilityApplication a) {
    Db.requireNew("application", a.id().value(), a.version());
    return Db.insertOrExplain(db, "application", a.id().value(), c -> {
      Db.insertVersioned(c, "applications", COLUMNS, a.id().value(), values(a));
      writeChildren(c, a, 0, true);
      return a.withVersion(1);
    });
  }

  @Override
  public AdmissibilityApplication update(AdmissibilityApplication a) {
    return db.runVersioned("application", a.id().value(), a.version(), c -> {
      String id = a.id().value();
      // How many trail steps are stored and whether the dossier, advice and suspensions changed: known
      // when this transaction read or wrote the row at this version, else read once.
      Stored stored = db.transactionScope().map(scope -> (Stored) scope.get(new Held(id, a.version()))).orElse(null);
      if (stored == null) {
        stored = Db.query(c, "SELECT children_digest, (SELECT COUNT(*) FROM application_trail WHERE application_id = ?)"
            + " FROM applications WHERE id = ?", rs -> new Stored(rs.getString(1), rs.getInt(2)), id, id).stream().findFirst()
            .orElse(new Stored("", 0));
      }
      Db.checkedUpdate(c, "application", "applications", "id", id, a.version(), Db.assignments(COLUMNS), values(a));
      // The trail is append-only: only its new steps are inserted. Suspensions, expert advice and the
      // dossier are the current state and are rewritten, but only when they changed.
      String digest = childrenDigest(a);
      boolean childrenChanged = !digest.equals(stored.digest());
      if (childrenChanged) {
        for (String child : List.of("application_suspensions", "application_advices", "application_dossier_items")) {
          Db.update(c, "DELETE FROM " + child + " WHERE application_id = ?", id);
        }
      }
      writeChildren(c, a, stored.trailSteps(), childrenChanged);
      db.transactionScope().ifPresent(scope -> {
        scope.remove(new Held(id, a.version()));
        scope.put(new Held(id, a.version() + 1), new Stored(digest, a.trail().size()));
      });
      return a.withVersion(a.version() + 1);
    });
  }

  /** An application this transaction read or wrote, at a version. */
  private record Held(String id, long version) {}

  /** What is stored of a held application's children. */
  private record Stored(String digest, int trailSteps) {}

  private static Object[] values(AdmissibilityApplication a) {
    Optional<AdmissibilityStatement> s = a.statement();
    Optional<Objection> o = a.objection();
    return new Object[] {
        a.policy().value(), a.partnership().value(), a.student().value(), a.applyingSchool().value(), a.schoolType().name(),
        Db.text(a.specialNeedsType().map(Enum::name)), a.proSpecialRoute(), a.receivedOn(), a.state().name(),
        Db.text(a.firstChoiceSchool().map(BrinCode::value)),
        a.extended(), Db.date(a.decidedOn()),
        Db.bigint(s.map(AdmissibilityStatement::number)), Db.text(s.map(x -> x.schoolType().name())),
        Db.text(s.flatMap(AdmissibilityStatement::specialNeedsType).map(Enum::name)), Db.text(s.flatMap(AdmissibilityStatement::fundingCategory).map(Enum::name)),
        Db.text(s.flatMap(AdmissibilityStatement::categoryOverrideReason)), Db.date(s.map(AdmissibilityStatement::issuedOn)),
        Db.date(s.map(AdmissibilityStatement::startDate)), Db.date(s.flatMap(AdmissibilityStatement::endDate)),
        Db.text(s.map(AdmissibilityStatement::legalBasis)), Db.text(s.map(x -> x.status().name())),
        Db.text(o.map(x -> x.by().name())), Db.date(o.map(Objection::receivedOn)), Db.date(o.map(Objection::decisionNotifiedOn)),
        Db.bool(o.flatMap(Objection::upheld)), Db.date(o.flatMap(Objection::decidedOn)),
        Db.bigint(a.renews()), Db.bigint(s.flatMap(AdmissibilityStatement::renews)),
        Db.text(a.advice().map(v -> v.advice().name())), Db.date(a.advice().map(CommitteeAdvice::on)), Db.text(a.advice().map(CommitteeAdvice::by)),
        Db.text(a.advice().map(CommitteeAdvice::reason)),
        Db.bigint(a.replaces()), Db.bigint(s.flatMap(AdmissibilityStatement::replacement).map(AdmissibilityStatement.Replacement::number)),
        Db.date(s.flatMap(AdmissibilityStatement::replacement).map(AdmissibilityStatement.Replacement::lastDay)), childrenDigest(a)};
  }

  /**
   * A SHA-256 digest of the dossier items, expert advice and suspensions: equal digests, equal
   * children (the fields are joined with separators that cannot occur in them unescaped).
   */
  static String childrenDigest(AdmissibilityApplication a) {
    StringBuilder text = new StringBuilder();
    a.suspensions().forEach(s -> text.append("s|").append(s.requestedOn()).append('|').append(s.receivedOn().map(Object::toString).orElse("-"))
        .append('\n'));
    a.expertAdvices().forEach(e -> text.append("e|").append(e.expertReference().replace("|", "||").replace("\n", "|n")).append('|').append(e.profession())
        .append('|').append(e.employer().map(BrinCode::value).orElse("-")).append('|').append(e.givenOn()).append('\n'));
    a.dossier().stream().map(Enum::name).sorted().forEach(d -> text.append("d|").append(d).append('\n'));
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static void writeChildren(Connection c, AdmissibilityApplication a, int storedTrail, boolean withState) throws SQLException {
    String id = a.id().value();
    List<Object[]> trail = new ArrayList<>();
    for (int i = storedTrail; i < a.trail().size(); i++) {
      TrailEntry t = a.trail().get(i);
      trail.add(new Object[] {id, i, t.action().name(), t.by(), t.on(), t.reason()});
    }
    Db.batch(c, "INSERT INTO application_trail (application_id, position, action, actor, on_date, reason) VALUES (?, ?, ?, ?, ?, ?)", trail);
    if (!withState) {
      return;
    }
    List<Object[]> suspensions = new ArrayList<>();
    for (int i = 0; i < a.suspensions().size(); i++) {
      Suspension s = a.suspensions().get(i);
      suspensions.add(new Object[] {id, i, s.requestedOn(), Db.date(s.receivedOn())});
    }
    Db.batch(c, "INSERT INTO application_suspensions (application_id, position, requested_on, received_on) VALUES (?, ?, ?, ?)", suspensions);
    List<Object[]> advices = new ArrayList<>();
    for (int i = 0; i < a.expertAdvices().size(); i++) {
      ExpertAdvice e = a.expertAdvices().get(i);
      advices.add(new Object[] {id, i, e.expertReference(), e.profession().name(), Db.text(e.employer().map(BrinCode::value)), e.givenOn()});
    }
    Db.batch(c, "INSERT INTO application_advices (application_id, position, expert_reference, profession, employer, given_on) VALUES (?, ?, ?, ?, ?, ?)",
        advices);
    Db.batch(c, "INSERT INTO application_dossier_items (application_id, item) VALUES (?, ?)",
        a.dossier().stream().map(item -> new Object[] {id, item.name()}).toList());
  }

  @Override
  public Optional<AdmissibilityApplication> find(ApplicationId id) {
    if (db.transactionScope().isPresent()) {
      // In a transaction, which loads to change: hold the row first. Every writer of an application
      // changes its row before its children, in one transaction, so while the row is held no change
      // can commit between the row and the children, and the read needs no check afterwards. The
      // update that follows still checks the version (WHERE version = ?).
      // PostgreSQL holds it with SELECT … FOR UPDATE, which answers the newest committed row. H2 (2.3)
      // can answer the row as it was before the wait for the lock, and its update then passed its
      // version check on that stale version: a lost update, seen under ConcurrentChangesTest. An
      // UPDATE that changes nothing takes the lock on the newest row there, and the read after it sees it.
      return db.snapshot(c -> {
        boolean postgres = db.postgres(c);
        if (!postgres) {
          Db.update(c, "UPDATE applications SET version = version WHERE id = ?", id.value());
        }
        Rows rows = readRows(c, "a.id = ?", postgres ? " FOR UPDATE" : "", id.value());
        List<AdmissibilityApplication> found = readChildren(c, rows, "a.id = ?", id.value());
        remember(rows, found);
        return found.stream().findFirst();
      });
    }
    return db.snapshot(c -> {
      List<AdmissibilityApplication> found = read(c, "a.id = ?", id.value());
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public Iterable<AdmissibilityApplication> byPartnership(PartnershipId partnership) {
    // One snapshot: with writers inserting and changing applications meanwhile, five statements read
    // at different moments would tear, and retrying until nothing changed may never end (found by the soak).
    return db.snapshot(c -> read(c, "a.partnership_id = ?", partnership.value()));
  }

  @Override
  public List<AdmissibilityApplication> byStudent(StudentId student) {
    return db.snapshot(c -> read(c, "a.student_id = ?", student.value()));
  }

  @Override
  public List<AdmissibilityStatement> statementsOfStudent(StudentId student, PartnershipId partnership, Optional<ApplicationId> except) {
    return db.query("SELECT * FROM applications WHERE student_id = ? AND partnership_id = ? AND id <> ? AND statement_number IS NOT NULL"
        + " ORDER BY statement_number", rs -> statement(rs).orElseThrow(), student.value(), partnership.value(), except.map(ApplicationId::value).orElse(""));
  }

  @Override
  public List<AdmissibilityApplication> decidedBetween(PartnershipId partnership, LocalDate after, LocalDate until) {
    return db.snapshot(c -> read(c, "a.partnership_id = ? AND a.decided_on > ? AND a.decided_on <= ?", partnership.value(), after, until));
  }

  @Override
  public List<AdmissibilityStatement> statements(PartnershipId partnership) {
    return db.query("SELECT * FROM applications WHERE partnership_id = ? AND statement_number IS NOT NULL ORDER BY statement_number",
        rs -> statement(rs).orElseThrow(), partnership.value());
  }

  @Override
  public List<AdmissibilityStatement> statementsEndingBefore(PartnershipId partnership, LocalDate date) {
    return db.query("SELECT * FROM applications WHERE partnership_id = ? AND statement_number IS NOT NULL AND st_status <> 'REVOKED'"
        + " AND COALESCE(st_last_day, st_end) IS NOT NULL AND COALESCE(st_last_day, st_end) < ?"
        + " ORDER BY COALESCE(st_last_day, st_end), statement_number", rs -> statement(rs).orElseThrow(), partnership.value(), date);
  }

  @Override
  public long nextStatementNumber(PartnershipId partnership) {
    return db.run(c -> {
      // One statement that counts and answers: UPDATE … RETURNING on PostgreSQL, FINAL TABLE on H2.
      String count = "UPDATE statement_sequences SET last_number = last_number + 1 WHERE partnership_id = ?";
      List<Long> next = Db.query(c, db.postgres(c) ? count + " RETURNING last_number" : "SELECT last_number FROM FINAL TABLE (" + count + ")",
          rs -> rs.getLong(1), partnership.value());
      if (!next.isEmpty()) {
        return next.get(0);
      }
      Db.update(c, "INSERT INTO statement_sequences (partnership_id, last_number) VALUES (?, 1)", partnership.value());
      return 1L;
    });
  }

  @Override
  public boolean delete(ApplicationId id) {
    return db.update("DELETE FROM applications WHERE id = ?", id.value()) > 0;
  }

  /** Reads applications matching {@code where} (on alias {@code a}) with their children, ordered by id. */
  private List<AdmissibilityApplication> read(Connection c, String where, Object... args) throws SQLException {
    // The rows and their children take two statements; a writer committing in between would give a
    // torn read (a trail of one step with a row that says ACKNOWLEDGED, which restore() refuses). Every
    // write bumps the row's version, so the versions read with the rows, read once more after the
    // children, show whether one came in between: then the read is repeated.
    String versions = "SELECT a.id, a.version FROM applications a WHERE " + where + " ORDER BY a.id";
    for (int attempt = 1; ; attempt++) {
      Rows rows = readRows(c, where, "", args);
      List<String> before = rows.versions();
      try {
        List<AdmissibilityApplication> result = readChildren(c, rows, where, args);
        if (before.isEmpty() || Db.query(c, versions, JdbcAdmissibilityApplicationRepository::version, args).equals(before)) {
          remember(rows, result);
          return result;
        }
      } catch (nl.passend.domain.common.InvalidValueException e) {
        if (attempt >= 10 || Db.query(c, versions, JdbcAdmissibilityApplicationRepository::version, args).equals(before)) {
          throw e;
        }
      }
      if (attempt >= 10) {
        throw new IllegalStateException("applications kept changing while they were read");
      }
    }
  }

  /** The rows of applications read, in id order: their builders, versions ({@code id@version}) and stored children digests. */
  private record Rows(Map<String, AdmissibilityApplication.Builder> builders, List<String> versions, Map<String, String> digests) {}

  private static String version(ResultSet rs) throws SQLException {
    return rs.getString("id") + "@" + rs.getLong("version");
  }

  private static Rows readRows(Connection c, String where, String lock, Object... args) throws SQLException {
    Map<String, AdmissibilityApplication.Builder> builders = new LinkedHashMap<>();
    List<String> versions = new ArrayList<>();
    Map<String, String> digests = new HashMap<>();
    Db.query(c, "SELECT a.* FROM applications a WHERE " + where + " ORDER BY a.id" + lock, rs -> {
      String id = rs.getString("id");
      builders.put(id, row(rs));
      versions.add(version(rs));
      digests.put(id, Db.optionalText(rs, "children_digest").orElse(""));
      return id;
    }, args);
    return new Rows(builders, versions, digests);
  }

  /**
   * In a transaction, remembers what is stored of the children of the applications read, at the
   * versions read: the update that follows then needs no statement to find out (see update()).
   */
  private void remember(Rows rows, List<AdmissibilityApplication> read) {
    db.transactionScope().ifPresent(scope -> read.forEach(a -> scope.put(new Held(a.id().value(), a.version()),
        new Stored(rows.digests().get(a.id().value()), a.trail().size()))));
  }

  /**
   * The trail, suspensions, expert advice and dossier of the applications read, in one statement: a
   * union of the four child tables on common columns (kind, owner, position, three texts, two dates).
   */
  private static List<AdmissibilityApplication> readChildren(Connection c, Rows rows, String where, Object... args) throws SQLException {
    if (rows.builders().isEmpty()) {
      return List.of();
    }
    String text = "CAST(NULL AS VARCHAR(2000))";
    String date = "CAST(NULL AS DATE)";
    String sql = "SELECT 'T' AS kind, t.application_id, t.position, t.action AS t1, t.actor AS t2, t.reason AS t3, t.on_date AS d1, " + date + " AS d2"
        + " FROM application_trail t JOIN applications a ON a.id = t.application_id WHERE " + where
        + " UNION ALL SELECT 'S', s.application_id, s.position, " + text + ", " + text + ", " + text + ", s.requested_on, s.received_on"
        + " FROM application_suspensions s JOIN applications a ON a.id = s.application_id WHERE " + where
        + " UNION ALL SELECT 'E', e.application_id, e.position, e.expert_reference, e.profession, e.employer, e.given_on, " + date
        + " FROM application_advices e JOIN applications a ON a.id = e.application_id WHERE " + where
        + " UNION ALL SELECT 'D', d.application_id, 0, d.item, " + text + ", " + text + ", " + date + ", " + date
        + " FROM application_dossier_items d JOIN applications a ON a.id = d.application_id WHERE " + where
        + " ORDER BY 2, 1, 3";
    Object[] fourTimes = new Object[args.length * 4];
    for (int i = 0; i < 4; i++) {
      System.arraycopy(args, 0, fourTimes, i * args.length, args.length);
    }
    Map<String, List<TrailEntry>> trails = new HashMap<>();
    Map<String, List<Suspension>> suspensions = new HashMap<>();
    Map<String, List<ExpertAdvice>> advices = new HashMap<>();
    Map<String, Set<DossierItem>> dossiers = new HashMap<>();
    Db.query(c, sql, rs -> {
      String id = rs.getString(2);
      switch (rs.getString(1)) {
        case "T" -> trails.computeIfAbsent(id, k -> new ArrayList<>())
            .add(new TrailEntry(Action.valueOf(rs.getString(4)), rs.getString(5), Db.localDate(rs, "d1"), rs.getString(6)));
        case "S" -> suspensions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Suspension(Db.localDate(rs, "d1"), Db.optionalDate(rs, "d2")));
        case "E" -> advices.computeIfAbsent(id, k -> new ArrayList<>()).add(new ExpertAdvice(rs.getString(4), Profession.valueOf(rs.getString(5)),
            Optional.ofNullable(rs.getString(6)).map(BrinCode::of), Db.localDate(rs, "d1")));
        default -> dossiers.computeIfAbsent(id, k -> EnumSet.noneOf(DossierItem.class)).add(DossierItem.valueOf(rs.getString(4)));
      }
      return id;
    }, fourTimes);
    List<AdmissibilityApplication> out = new ArrayList<>(rows.builders().size());
    for (Map.Entry<String, AdmissibilityApplication.Builder> row : rows.builders().entrySet()) {
      String id = row.getKey();
      out.add(row.getValue().trail(trails.getOrDefault(id, List.of())).dossier(dossiers.getOrDefault(id, EnumSet.noneOf(DossierItem.class)))
          .expertAdvices(advices.getOrDefault(id, List.of())).suspensions(suspensions.getOrDefault(id, List.of())).build());
    }
    return out;
  }

  /** The application's own columns; its trail, dossier, expert advice and suspensions are set by the caller. */
  private static AdmissibilityApplication.Builder row(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Optional<Objection> objection = Optional.empty();
    String objBy = rs.getString("obj_by");
    if (objBy != null) {
      boolean upheld = rs.getBoolean("obj_upheld");
      Optional<Boolean> upheldValue = rs.wasNull() ? Optional.empty() : Optional.of(upheld);
      objection = Optional.of(new Objection(ObjectingParty.valueOf(objBy), Db.localDate(rs, "obj_received_on"), Db.localDate(rs, "obj_notified_on"),
          upheldValue, Db.optionalDate(rs, "obj_decided_on")));
    }
    Optional<CommitteeAdvice> advice = Optional.empty();
    Optional<String> adviceValue = Db.optionalText(rs, "advice");
    if (adviceValue.isPresent()) {
      advice = Optional.of(new CommitteeAdvice(CommitteeAdvice.Outcome.valueOf(adviceValue.get()), Db.localDate(rs, "advice_on"),
          rs.getString("advice_by"), Db.optionalText(rs, "advice_reason").orElse("")));
    }
    Optional<Long> renewsValue = optionalLong(rs, "renews");
    return AdmissibilityApplication.restore().id(ApplicationId.of(id)).policy(PolicyId.of(rs.getString("policy_id")))
        .partnership(PartnershipId.of(rs.getString("partnership_id"))).student(StudentId.of(rs.getString("student_id")))
        .applyingSchool(BrinCode.of(rs.getString("applying_school"))).schoolType(SchoolType.valueOf(rs.getString("school_type")))
        .specialNeedsType(Db.optionalText(rs, "special_needs_type").map(SpecialNeedsType::valueOf)).proSpecialRoute(rs.getBoolean("pro_special_route"))
        .renews(renewsValue).replaces(optionalLong(rs, "replaces")).receivedOn(Db.localDate(rs, "received_on")).state(ApplicationState.valueOf(rs.getString("state")))
        .firstChoiceSchool(Db.optionalText(rs, "first_choice_school").map(BrinCode::of))
        .extended(rs.getBoolean("extended")).advice(advice).decidedOn(Db.optionalDate(rs, "decided_on")).statement(statement(rs))
        .objection(objection).version(rs.getLong("version"));
  }

  private static Optional<AdmissibilityStatement> statement(ResultSet rs) throws SQLException {
    long number = rs.getLong("statement_number");
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new AdmissibilityStatement(number, PartnershipId.of(rs.getString("partnership_id")), StudentId.of(rs.getString("student_id")),
        SchoolType.valueOf(rs.getString("st_school_type")), Db.optionalText(rs, "st_special_needs").map(SpecialNeedsType::valueOf),
        Db.optionalText(rs, "st_category").map(FundingCategory::valueOf), Db.optionalText(rs, "st_override_reason"),
        Db.localDate(rs, "st_issued_on"), Db.localDate(rs, "st_start"), Db.optionalDate(rs, "st_end"), rs.getString("st_legal_basis"),
        StatementStatus.valueOf(rs.getString("st_status")), optionalLong(rs, "st_renews"),
        replacement(rs)));
  }

  private static Optional<AdmissibilityStatement.Replacement> replacement(ResultSet rs) throws SQLException {
    Optional<Long> by = optionalLong(rs, "st_replaced_by");
    return by.isEmpty() ? Optional.empty() : Optional.of(new AdmissibilityStatement.Replacement(by.get(), Db.localDate(rs, "st_last_day")));
  }

  private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
