package nl.passend.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.application.student.port.out.RegistrationRepository;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.Objection;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;

/** Registrations (R-TLV-1) and the LWOO register (R-LWOO-1..3) over JDBC. */
final class JdbcRegisterRepositories {
  private JdbcRegisterRepositories() {}

  /** Registrations over JDBC. */
  static final class Registrations implements RegistrationRepository {
    private final Db db;

    Registrations(Db db) {
      this.db = db;
    }

    @Override
    public Registration insert(Registration r) {
      return Db.insertOrExplain(db, "registration", r.id(), c -> {
        Db.update(c, "INSERT INTO registrations (id, student_id, school_brin, school_type, registered_on) VALUES (?, ?, ?, ?, ?)", r.id(),
            r.student().value(), r.school().value(), r.schoolType().name(), r.registeredOn());
        return r;
      });
    }

    @Override
    public Optional<Registration> find(String id) {
      return db.one("SELECT * FROM registrations WHERE id = ?", Registrations::map, id);
    }

    @Override
    public List<Registration> forStudent(StudentId student) {
      return db.query("SELECT * FROM registrations WHERE student_id = ? ORDER BY registered_on, id", Registrations::map, student.value());
    }

    @Override
    public int deleteForStudent(StudentId student) {
      return db.update("DELETE FROM registrations WHERE student_id = ?", student.value());
    }

    private static Registration map(ResultSet rs) throws SQLException {
      return new Registration(rs.getString("id"), StudentId.of(rs.getString("student_id")), BrinCode.of(rs.getString("school_brin")),
          SchoolType.valueOf(rs.getString("school_type")), Db.localDate(rs, "registered_on"));
    }
  }

  /** LWOO designations over JDBC; the trail is append-only. */
  static final class LwooDesignations implements LwooDesignationRepository {
    private static final String COLUMNS = "partnership_id, student_id, school_brin, received_on, outcome, scheme_version, state, decided_on,"
        + " start_date, end_date, duo_registered_on, obj_by, obj_received_on, obj_notified_on, obj_upheld, obj_decided_on";

    private final Db db;

    LwooDesignations(Db db) {
      this.db = db;
    }

    @Override
    public LwooDesignation insert(LwooDesignation d) {
      Db.requireNew("lwoo-designation", d.id(), d.version());
      return Db.insertOrExplain(db, "lwoo-designation", d.id(), c -> {
        Db.insertVersioned(c, "lwoo_designations", COLUMNS, d.id(), values(d));
        writeTrail(c, d, 0);
        return d.withVersion(1);
      });
    }

    @Override
    public LwooDesignation update(LwooDesignation d) {
      return db.runVersioned("lwoo-designation", d.id(), d.version(), c -> {
        Db.checkedUpdate(c, "lwoo-designation", "lwoo_designations", "id", d.id(), d.version(), Db.assignments(COLUMNS), values(d));
        int stored = Db.storedTrailRows(c, "lwoo_designation_trail", "designation_id", d.id());
        writeTrail(c, d, stored);
        return d.withVersion(d.version() + 1);
      });
    }

    @Override
    public Optional<LwooDesignation> find(String id) {
      return db.run(c -> read(c, "d.id = ?", id)).stream().findFirst();
    }

    @Override
    public List<LwooDesignation> byPartnership(PartnershipId partnership) {
      return db.run(c -> read(c, "d.partnership_id = ?", partnership.value()));
    }

    @Override
    public List<LwooDesignation> byStudent(StudentId student) {
      return db.run(c -> read(c, "d.student_id = ?", student.value()));
    }

    @Override
    public boolean delete(String id) {
      return db.update("DELETE FROM lwoo_designations WHERE id = ?", id) > 0;
    }

    private static Object[] values(LwooDesignation d) {
      Optional<Objection> o = d.objection();
      return new Object[] {d.partnership().value(), d.student().value(), d.school().value(), d.receivedOn(), d.outcome().name(), d.schemeVersion(),
          d.state().name(), Db.date(d.decidedOn()), Db.date(d.startDate()), Db.date(d.endDate()), Db.date(d.registeredWithDuoOn()),
          Db.text(o.map(x -> x.by().name())), Db.date(o.map(Objection::receivedOn)), Db.date(o.map(Objection::decisionNotifiedOn)),
          Db.bool(o.flatMap(Objection::upheld)), Db.date(o.flatMap(Objection::decidedOn))};
    }

    private static void writeTrail(Connection c, LwooDesignation d, int stored) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      for (int i = stored; i < d.trail().size(); i++) {
        LwooDesignation.Entry e = d.trail().get(i);
        rows.add(new Object[] {d.id(), i, e.step().name(), e.by(), e.on(), e.reason()});
      }
      Db.batch(c, "INSERT INTO lwoo_designation_trail (designation_id, position, step, actor, on_date, reason) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    private static List<LwooDesignation> read(Connection c, String where, Object... args) throws SQLException {
      // The trail and the row take two statements: read them again when a writer committed in between.
      return Db.consistent(c, "SELECT d.id, d.version FROM lwoo_designations d WHERE " + where + " ORDER BY d.id", args,
          () -> readOnce(c, where, args));
    }

    private static List<LwooDesignation> readOnce(Connection c, String where, Object... args) throws SQLException {
      Map<String, List<LwooDesignation.Entry>> trails = new HashMap<>();
      for (Object[] t : Db.query(c, "SELECT t.* FROM lwoo_designation_trail t JOIN lwoo_designations d ON d.id = t.designation_id WHERE " + where
          + " ORDER BY t.designation_id, t.position", rs -> new Object[] {rs.getString("designation_id"), new LwooDesignation.Entry(
              LwooDesignation.Step.valueOf(rs.getString("step")), rs.getString("actor"), Db.localDate(rs, "on_date"), rs.getString("reason"))},
          args)) {
        trails.computeIfAbsent((String) t[0], k -> new ArrayList<>()).add((LwooDesignation.Entry) t[1]);
      }
      return Db.query(c, "SELECT d.* FROM lwoo_designations d WHERE " + where + " ORDER BY d.id", rs -> map(rs, trails), args);
    }

    private static LwooDesignation map(ResultSet rs, Map<String, List<LwooDesignation.Entry>> trails) throws SQLException {
      String id = rs.getString("id");
      Optional<Objection> objection = Optional.empty();
      Optional<String> by = Db.optionalText(rs, "obj_by");
      if (by.isPresent()) {
        boolean upheld = rs.getBoolean("obj_upheld");
        Optional<Boolean> upheldValue = rs.wasNull() ? Optional.empty() : Optional.of(upheld);
        objection = Optional.of(new Objection(ObjectingParty.valueOf(by.get()), Db.localDate(rs, "obj_received_on"),
            Db.localDate(rs, "obj_notified_on"), upheldValue, Db.optionalDate(rs, "obj_decided_on")));
      }
      return new LwooDesignation(id, PartnershipId.of(rs.getString("partnership_id")), StudentId.of(rs.getString("student_id")),
          BrinCode.of(rs.getString("school_brin")), Db.localDate(rs, "received_on"), Outcome.valueOf(rs.getString("outcome")),
          rs.getString("scheme_version"), LwooDesignation.State.valueOf(rs.getString("state")), trails.getOrDefault(id, List.of()),
          Db.optionalDate(rs, "decided_on"), Db.optionalDate(rs, "start_date"), Db.optionalDate(rs, "end_date"),
          Db.optionalDate(rs, "duo_registered_on"), objection, rs.getLong("version"));
    }
  }
}
