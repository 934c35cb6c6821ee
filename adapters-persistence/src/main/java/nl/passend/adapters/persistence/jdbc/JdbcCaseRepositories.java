package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.StaleVersionException;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.CaseStep;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.placement.PlacementOutcome;
import nl.passend.domain.student.StudentId;

/** JDBC repositories of placement-duty cases, out-of-school cases and exemptions. */
final class JdbcCaseRepositories {
  private JdbcCaseRepositories() {}

  /** Placement-duty cases over JDBC. */
  static final class PlacementDutyCases implements PlacementDutyCaseRepository {
    private static final String COLUMNS = "partnership_id, student_id, board_id, school_brin, registered_on, extension_weeks, outcome, placed_at,"
        + " concluded_on, temporarily_enrolled_on";
    private final Db db;

    PlacementDutyCases(Db db) {
      this.db = db;
    }

    private static Object[] values(PlacementDutyCase c) {
      return new Object[] {c.partnership().value(), c.student().value(), c.board().value(), c.school().value(), c.registeredOn(),
          Db.integer(c.extensionWeeks()), Db.text(c.outcome().map(Enum::name)), Db.text(c.placedAt().map(BrinCode::value)),
          Db.date(c.concludedOn()), Db.date(c.temporarilyEnrolledOn())};
    }

    @Override
    public PlacementDutyCase insert(PlacementDutyCase c) {
      if (c.version() != 0) {
        throw new StaleVersionException("placement-duty case", c.id().value(), c.version(), 0);
      }
      return Db.insertOrExplain(db, "placement-duty case", c.id().value(), conn -> {
        Object[] v = values(c);
        Object[] args = new Object[v.length + 1];
        args[0] = c.id().value();
        System.arraycopy(v, 0, args, 1, v.length);
        Db.update(conn, "INSERT INTO placement_duty_cases (id, " + COLUMNS + ", version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", args);
        return c.withVersion(1);
      });
    }

    @Override
    public PlacementDutyCase update(PlacementDutyCase c) {
      return db.run(conn -> {
        Db.checkedUpdate(conn, "placement-duty case", "placement_duty_cases", "id", c.id().value(), c.version(),
            "partnership_id = ?, student_id = ?, board_id = ?, school_brin = ?, registered_on = ?, extension_weeks = ?, outcome = ?, placed_at = ?,"
                + " concluded_on = ?, temporarily_enrolled_on = ?", values(c));
        return c.withVersion(c.version() + 1);
      });
    }

    @Override
    public Optional<PlacementDutyCase> find(CaseId id) {
      return db.one("SELECT * FROM placement_duty_cases WHERE id = ?", PlacementDutyCases::map, id.value());
    }

    @Override
    public Iterable<PlacementDutyCase> byPartnership(PartnershipId partnership) {
      return db.query("SELECT * FROM placement_duty_cases WHERE partnership_id = ? ORDER BY id", PlacementDutyCases::map, partnership.value());
    }

    @Override
    public boolean delete(CaseId id) {
      return db.update("DELETE FROM placement_duty_cases WHERE id = ?", id.value()) > 0;
    }

    private static PlacementDutyCase map(ResultSet rs) throws SQLException {
      int weeks = rs.getInt("extension_weeks");
      Optional<Integer> extension = rs.wasNull() ? Optional.empty() : Optional.of(weeks);
      return new PlacementDutyCase(CaseId.of(rs.getString("id")), PartnershipId.of(rs.getString("partnership_id")), StudentId.of(rs.getString("student_id")),
          BoardId.of(rs.getString("board_id")), BrinCode.of(rs.getString("school_brin")), Db.localDate(rs, "registered_on"), extension,
          Db.optionalText(rs, "outcome").map(PlacementOutcome::valueOf), Db.optionalText(rs, "placed_at").map(BrinCode::of),
          Db.optionalDate(rs, "concluded_on"), Db.optionalDate(rs, "temporarily_enrolled_on"), rs.getLong("version"));
    }
  }

  /** Out-of-school cases over JDBC. */
  static final class OutOfSchoolCases implements OutOfSchoolCaseRepository {
    private final Db db;

    OutOfSchoolCases(Db db) {
      this.db = db;
    }

    private static Object[] values(OutOfSchoolCase c) {
      return new Object[] {c.partnership().value(), c.student().value(), c.category().name(), c.startedOn(), c.reason(),
          Db.text(c.boardWithDuty().map(BoardId::value)), c.coordinator(), Db.date(c.offerOn()), Db.date(c.escalatedOn()),
          Db.text(c.designatedSchool().map(BrinCode::value)), Db.date(c.closedOn())};
    }

    @Override
    public OutOfSchoolCase insert(OutOfSchoolCase c) {
      if (c.version() != 0) {
        throw new StaleVersionException("out-of-school case", c.id().value(), c.version(), 0);
      }
      return Db.insertOrExplain(db, "out-of-school case", c.id().value(), conn -> {
        Object[] v = values(c);
        Object[] args = new Object[v.length + 1];
        args[0] = c.id().value();
        System.arraycopy(v, 0, args, 1, v.length);
        Db.update(conn, "INSERT INTO out_of_school_cases (id, partnership_id, student_id, category, started_on, reason, board_with_duty, coordinator,"
            + " offer_on, escalated_on, designated_school, closed_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", args);
        writeSteps(conn, c);
        return c.withVersion(1);
      });
    }

    @Override
    public OutOfSchoolCase update(OutOfSchoolCase c) {
      return db.run(conn -> {
        Db.checkedUpdate(conn, "out-of-school case", "out_of_school_cases", "id", c.id().value(), c.version(),
            "partnership_id = ?, student_id = ?, category = ?, started_on = ?, reason = ?, board_with_duty = ?, coordinator = ?, offer_on = ?,"
                + " escalated_on = ?, designated_school = ?, closed_on = ?", values(c));
        Db.update(conn, "DELETE FROM out_of_school_steps WHERE case_id = ?", c.id().value());
        writeSteps(conn, c);
        return c.withVersion(c.version() + 1);
      });
    }

    private static void writeSteps(Connection conn, OutOfSchoolCase c) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < c.steps().size(); i++) {
        CaseStep s = c.steps().get(i);
        rows.add(new Object[] {c.id().value(), i, s.on(), s.by(), s.description()});
      }
      Db.batch(conn, "INSERT INTO out_of_school_steps (case_id, position, on_date, actor, description) VALUES (?, ?, ?, ?, ?)", rows);
    }

    @Override
    public Optional<OutOfSchoolCase> find(CaseId id) {
      return db.run(conn -> {
        List<OutOfSchoolCase> found = read(conn, "c.id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
      });
    }

    @Override
    public Iterable<OutOfSchoolCase> byPartnership(PartnershipId partnership) {
      return db.run(conn -> read(conn, "c.partnership_id = ?", partnership.value()));
    }

    @Override
    public boolean delete(CaseId id) {
      return db.update("DELETE FROM out_of_school_cases WHERE id = ?", id.value()) > 0;
    }

    private static List<OutOfSchoolCase> read(Connection conn, String where, Object... args) throws SQLException {
      Map<String, List<CaseStep>> steps = new HashMap<>();
      for (Object[] s : Db.query(conn, "SELECT s.* FROM out_of_school_steps s JOIN out_of_school_cases c ON c.id = s.case_id WHERE " + where
          + " ORDER BY s.case_id, s.position", rs -> new Object[] {rs.getString("case_id"),
              new CaseStep(Db.localDate(rs, "on_date"), rs.getString("actor"), rs.getString("description"))}, args)) {
        steps.computeIfAbsent((String) s[0], k -> new ArrayList<>()).add((CaseStep) s[1]);
      }
      return Db.query(conn, "SELECT c.* FROM out_of_school_cases c WHERE " + where + " ORDER BY c.id", rs -> new OutOfSchoolCase(
          CaseId.of(rs.getString("id")), PartnershipId.of(rs.getString("partnership_id")), StudentId.of(rs.getString("student_id")),
          AbsenceCategory.valueOf(rs.getString("category")), Db.localDate(rs, "started_on"), rs.getString("reason"),
          Db.optionalText(rs, "board_with_duty").map(BoardId::of), rs.getString("coordinator"), steps.getOrDefault(rs.getString("id"), List.of()),
          Db.optionalDate(rs, "offer_on"), Db.optionalDate(rs, "escalated_on"), Db.optionalText(rs, "designated_school").map(BrinCode::of),
          Db.optionalDate(rs, "closed_on"), rs.getLong("version")), args);
    }
  }

  /** Exemptions over JDBC. */
  static final class Exemptions implements ExemptionRepository {
    private final Db db;

    Exemptions(Db db) {
      this.db = db;
    }

    @Override
    public long add(PartnershipId partnership, StudentId student, Exemption e) {
      return db.run(c -> {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
            "INSERT INTO exemptions (partnership_id, student_id, ground, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
          Db.bind(ps, partnership.value(), student.value(), e.ground().name(), e.from(), Db.date(e.until()));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
          }
        }
      });
    }

    @Override
    public java.util.Optional<Stored> find(long id) {
      return db.one("SELECT * FROM exemptions WHERE id = ?", Exemptions::stored, id);
    }

    @Override
    public List<Exemption> forStudent(StudentId student) {
      return db.query("SELECT * FROM exemptions WHERE student_id = ? ORDER BY id", Exemptions::map, student.value());
    }

    @Override
    public List<Stored> byPartnership(PartnershipId partnership) {
      return db.query("SELECT * FROM exemptions WHERE partnership_id = ? ORDER BY id", Exemptions::stored, partnership.value());
    }

    private static Stored stored(ResultSet rs) throws SQLException {
      return new Stored(rs.getLong("id"), PartnershipId.of(rs.getString("partnership_id")), StudentId.of(rs.getString("student_id")), map(rs));
    }

    private static Exemption map(ResultSet rs) throws SQLException {
      return new Exemption(ExemptionGround.valueOf(rs.getString("ground")), Db.localDate(rs, "valid_from"), Db.optionalDate(rs, "valid_until"));
    }
  }
}
