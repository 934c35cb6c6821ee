package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.decision.port.out.AssessmentRepository;
import nl.passend.application.decision.port.out.StoredAssessment;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.transfer.TransferDossier;

/** The assessments of cases over JDBC: a row per case with its domains, findings and sources as child rows. */
final class JdbcAssessments implements AssessmentRepository {
  private final Db db;

  JdbcAssessments(Db db) {
    this.db = db;
  }

  @Override
  public Optional<StoredAssessment> find(String caseId) {
    return db.run(c -> read(c, "a.case_id = ?", caseId)).stream().findFirst();
  }

  @Override
  public StoredAssessment save(StoredAssessment s) {
    Assessment a = s.assessment();
    Object[] values = {s.partnership().value(), a.assessmentDate(), Db.date(a.dateOfBirth()), Db.integer(a.iq()), Db.date(a.decisionDate())};
    if (s.version() == 0) {
      try {
        return Db.insertOrExplain(db, "assessment", s.caseId(), c -> {
          Db.update(c, "INSERT INTO case_assessments (case_id, partnership_id, assessment_date, date_of_birth, iq, decision_date, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, 1)", s.caseId(), values[0], values[1], values[2], values[3], values[4]);
          children(c, s);
          return new StoredAssessment(s.caseId(), s.partnership(), a, s.sources(), 1);
        });
      } catch (AlreadyExistsException e) {
        throw new StaleVersionException("assessment", s.caseId(), 0, 1);
      }
    }
    return db.runVersioned("assessment", s.caseId(), s.version(), c -> {
      Db.checkedUpdate(c, "assessment", "case_assessments", "case_id", s.caseId(), s.version(),
          Db.assignments("partnership_id, assessment_date, date_of_birth, iq, decision_date"), values);
      for (String child : List.of("case_assessment_domains", "case_assessment_findings", "case_assessment_sources")) {
        Db.update(c, "DELETE FROM " + child + " WHERE case_id = ?", s.caseId());
      }
      children(c, s);
      return new StoredAssessment(s.caseId(), s.partnership(), a, s.sources(), s.version() + 1);
    });
  }

  private static void children(Connection c, StoredAssessment s) throws SQLException {
    List<Object[]> domains = new ArrayList<>();
    s.assessment().domains().forEach((d, r) -> domains.add(new Object[] {s.caseId(), d.name(), r.dl(), r.dle()}));
    Db.batch(c, "INSERT INTO case_assessment_domains (case_id, domain, dl, dle) VALUES (?, ?, ?, ?)", domains);
    List<Object[]> findings = new ArrayList<>();
    s.assessment().findings().forEach((f, v) -> findings.add(new Object[] {s.caseId(), f.name(), v}));
    Db.batch(c, "INSERT INTO case_assessment_findings (case_id, finding, holds) VALUES (?, ?, ?)", findings);
    List<Object[]> sources = new ArrayList<>();
    for (int i = 0; i < s.sources().size(); i++) {
      TransferDossier.Source src = s.sources().get(i);
      sources.add(new Object[] {s.caseId(), i, src.fact(), src.test(), src.date(), Db.integer(src.yearGroup())});
    }
    Db.batch(c, "INSERT INTO case_assessment_sources (case_id, position, fact, test, taken_on, year_group) VALUES (?, ?, ?, ?, ?, ?)", sources);
  }

  @Override
  public List<StoredAssessment> byPartnership(PartnershipId partnership) {
    return db.run(c -> read(c, "a.partnership_id = ?", partnership.value()));
  }

  @Override
  public void forEachDecided(PartnershipId partnership, java.time.LocalDate from, java.time.LocalDate to,
      java.util.function.Consumer<nl.passend.application.decision.port.out.DecidedAssessment> each) {
    String decided = "(SELECT id, school_type, special_needs_type, FALSE AS lwoo FROM applications WHERE partnership_id = ? AND decided_on BETWEEN ? AND ?"
        + " UNION ALL SELECT id, NULL, NULL, TRUE FROM lwoo_designations WHERE partnership_id = ? AND decided_on BETWEEN ? AND ?) x";
    Object[] args = {partnership.value(), from, to, partnership.value(), from, to};
    db.run(c -> {
      // Four cursors in case-id order, merged as they go: the assessments and their domains, findings and sources.
      try (java.sql.PreparedStatement main = streaming(c, "SELECT a.*, x.school_type, x.special_needs_type, x.lwoo FROM case_assessments a JOIN "
              + decided + " ON x.id = a.case_id ORDER BY a.case_id", args);
          java.sql.PreparedStatement domainRows = streaming(c, "SELECT d.* FROM case_assessment_domains d JOIN " + decided
              + " ON x.id = d.case_id ORDER BY d.case_id", args);
          java.sql.PreparedStatement findingRows = streaming(c, "SELECT f.* FROM case_assessment_findings f JOIN " + decided
              + " ON x.id = f.case_id ORDER BY f.case_id", args);
          java.sql.PreparedStatement sourceRows = streaming(c, "SELECT s.* FROM case_assessment_sources s JOIN " + decided
              + " ON x.id = s.case_id ORDER BY s.case_id, s.position", args);
          ResultSet m = main.executeQuery();
          ResultSet d = domainRows.executeQuery();
          ResultSet f = findingRows.executeQuery();
          ResultSet src = sourceRows.executeQuery()) {
        Cursor domains = new Cursor(d);
        Cursor findings = new Cursor(f);
        Cursor sources = new Cursor(src);
        while (m.next()) {
          String id = m.getString("case_id");
          Map<LearningDomain, DomainResult> ds = new EnumMap<>(LearningDomain.class);
          for (; domains.at(id); domains.next()) {
            ds.put(LearningDomain.valueOf(d.getString("domain")), new DomainResult(d.getInt("dl"), d.getInt("dle")));
          }
          Map<Finding, Boolean> fs = new EnumMap<>(Finding.class);
          for (; findings.at(id); findings.next()) {
            fs.put(Finding.valueOf(f.getString("finding")), f.getBoolean("holds"));
          }
          List<TransferDossier.Source> ss = new ArrayList<>();
          for (; sources.at(id); sources.next()) {
            ss.add(new TransferDossier.Source(src.getString("fact"), src.getString("test"), Db.localDate(src, "taken_on"), yearGroup(src)));
          }
          Integer iq = (Integer) m.getObject("iq", Integer.class);
          Assessment assessment = new Assessment(Db.localDate(m, "assessment_date"), Db.optionalDate(m, "date_of_birth"), Optional.ofNullable(iq), ds, fs,
              Db.optionalDate(m, "decision_date"));
          boolean lwoo = m.getBoolean("lwoo");
          String type = m.getString("school_type");
          String needs = m.getString("special_needs_type");
          each.accept(new nl.passend.application.decision.port.out.DecidedAssessment(new StoredAssessment(id, partnership, assessment, ss,
              m.getLong("version")), lwoo, lwoo ? Optional.empty() : Optional.of(nl.passend.domain.organisation.SchoolType.valueOf(type)),
              needs == null ? Optional.empty() : Optional.of(nl.passend.domain.organisation.SpecialNeedsType.valueOf(needs))));
        }
      }
      return null;
    });
  }

  private static java.sql.PreparedStatement streaming(Connection c, String sql, Object[] args) throws SQLException {
    java.sql.PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    ps.setFetchSize(1_000);
    Db.bind(ps, args);
    return ps;
  }

  /** A result set in case-id order, read along with the assessments. */
  private static final class Cursor {
    private final ResultSet rows;
    private boolean has;

    Cursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.has = rows.next();
    }

    boolean at(String caseId) throws SQLException {
      return has && rows.getString("case_id").equals(caseId);
    }

    void next() throws SQLException {
      has = rows.next();
    }
  }

  @Override
  public boolean delete(String caseId) {
    return db.update("DELETE FROM case_assessments WHERE case_id = ?", caseId) > 0;
  }

  private static List<StoredAssessment> read(Connection c, String where, Object arg) throws SQLException {
    Map<String, Map<LearningDomain, DomainResult>> domains = new HashMap<>();
    for (Object[] d : Db.query(c, "SELECT d.* FROM case_assessment_domains d JOIN case_assessments a ON a.case_id = d.case_id WHERE " + where,
        rs -> new Object[] {rs.getString("case_id"), LearningDomain.valueOf(rs.getString("domain")), new DomainResult(rs.getInt("dl"), rs.getInt("dle"))},
        arg)) {
      domains.computeIfAbsent((String) d[0], k -> new EnumMap<>(LearningDomain.class)).put((LearningDomain) d[1], (DomainResult) d[2]);
    }
    Map<String, Map<Finding, Boolean>> findings = new HashMap<>();
    for (Object[] f : Db.query(c, "SELECT f.* FROM case_assessment_findings f JOIN case_assessments a ON a.case_id = f.case_id WHERE " + where,
        rs -> new Object[] {rs.getString("case_id"), Finding.valueOf(rs.getString("finding")), rs.getBoolean("holds")}, arg)) {
      findings.computeIfAbsent((String) f[0], k -> new EnumMap<>(Finding.class)).put((Finding) f[1], (Boolean) f[2]);
    }
    Map<String, List<TransferDossier.Source>> sources = new HashMap<>();
    for (Object[] s : Db.query(c, "SELECT s.* FROM case_assessment_sources s JOIN case_assessments a ON a.case_id = s.case_id WHERE " + where
        + " ORDER BY s.case_id, s.position", rs -> new Object[] {rs.getString("case_id"), new TransferDossier.Source(rs.getString("fact"),
            rs.getString("test"), Db.localDate(rs, "taken_on"), yearGroup(rs))}, arg)) {
      sources.computeIfAbsent((String) s[0], k -> new ArrayList<>()).add((TransferDossier.Source) s[1]);
    }
    return Db.query(c, "SELECT a.* FROM case_assessments a WHERE " + where + " ORDER BY a.case_id", rs -> {
      String id = rs.getString("case_id");
      Integer iq = (Integer) rs.getObject("iq", Integer.class);
      Assessment assessment = new Assessment(Db.localDate(rs, "assessment_date"), Db.optionalDate(rs, "date_of_birth"), Optional.ofNullable(iq),
          domains.getOrDefault(id, Map.of()), findings.getOrDefault(id, Map.of()), Db.optionalDate(rs, "decision_date"));
      return new StoredAssessment(id, PartnershipId.of(rs.getString("partnership_id")), assessment, sources.getOrDefault(id, List.of()),
          rs.getLong("version"));
    }, arg);
  }

  private static Optional<Integer> yearGroup(ResultSet rs) throws SQLException {
    int v = rs.getInt("year_group");
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
