package nl.passend.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.application.student.port.out.RegistrationRepository;
import nl.passend.application.organisation.port.out.BoardRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.storage.Storage;
import nl.passend.application.student.port.out.StudentRepository;
import org.flywaydb.core.Flyway;

/**
 * All repositories over one JDBC database (H2 or PostgreSQL) with a HikariCP pool; the schema is
 * migrated by Flyway when the storage opens. Policies stay in memory: built-ins plus custom ones
 * loaded by the server.
 */
public final class JdbcStorage implements Storage {
  private final HikariDataSource dataSource;
  private final JdbcUnitOfWork unitOfWork;
  private final PolicyRepository policies;
  private final PartnershipRepository partnerships;
  private final BoardRepository boards;
  private final SchoolRepository schools;
  private final StudentRepository students;
  private final AdmissibilityApplicationRepository applications;
  private final RegistrationRepository registrations;
  private final LwooDesignationRepository lwooDesignations;
  private final PlacementDutyCaseRepository placementDutyCases;
  private final OutOfSchoolCaseRepository outOfSchoolCases;
  private final ExemptionRepository exemptions;
  private final JdbcAssessments assessments;
  private final JdbcLetterOutbox letters;
  private final AuditLog auditLog;

  /** Opens the database, migrates it, and wires the repositories. */
  public JdbcStorage(JdbcConfig config, PolicyCatalogue policies) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(withDriverDefaults(config.url()));
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("passend");
    // Fail fast when the database is away: a request waits at most 3 seconds for a connection.
    hikari.setConnectionTimeout(3_000);
    hikari.setValidationTimeout(2_000);
    hikari.setInitializationFailTimeout(-1);
    this.dataSource = new HikariDataSource(hikari);
    try {
      migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    this.unitOfWork = new JdbcUnitOfWork(dataSource);
    Db db = new Db(unitOfWork);
    this.policies = policies;
    this.partnerships = new JdbcOrganisationRepositories.Partnerships(db);
    this.boards = new JdbcOrganisationRepositories.Boards(db);
    this.schools = new JdbcOrganisationRepositories.Schools(db);
    this.students = new JdbcStudentRepository(db, unitOfWork);
    this.applications = new JdbcAdmissibilityApplicationRepository(db);
    this.registrations = new JdbcRegisterRepositories.Registrations(db);
    this.lwooDesignations = new JdbcRegisterRepositories.LwooDesignations(db);
    this.placementDutyCases = new JdbcCaseRepositories.PlacementDutyCases(db);
    this.outOfSchoolCases = new JdbcCaseRepositories.OutOfSchoolCases(db);
    this.exemptions = new JdbcCaseRepositories.Exemptions(db);
    this.assessments = new JdbcAssessments(db);
    this.letters = new JdbcLetterOutbox(db);
    this.auditLog = new JdbcAuditLog(db);
  }

  /**
   * Where the migrations of this database are: {@code db/migration} for every database, and
   * {@code db/vendor/h2} or {@code db/vendor/postgresql} for what only one of them can say (the
   * append-only triggers).
   */
  public static String[] migrations(DataSource dataSource) {
    String product;
    try (java.sql.Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (java.sql.SQLException e) {
      throw new nl.passend.application.common.StorageUnavailableException("the database cannot be reached to migrate it", e);
    }
    String vendor = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
    return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
  }

  /** Runs the migrations; on a migrated database it changes nothing. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations(migrations(dataSource)).load().migrate();
  }

  /** H2: wait for row locks up to 10 s (its default of 1 s is too short for concurrent writers). */
  static String withDriverDefaults(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      // The bulk import's batches become multi-row INSERTs instead of one round of the protocol per row.
      if (url.contains("reWriteBatchedInserts")) {
        return url;
      }
      return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
    if (!url.startsWith("jdbc:h2:")) {
      return url;
    }
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    String result = url;
    if (!upper.contains("LOCK_TIMEOUT")) {
      result += ";LOCK_TIMEOUT=10000";
    }
    // H2 writes committed changes to its file up to a second later by default, so a process killed
    // right after a commit would lose it: write at each commit instead (found by CrashSafetyTest).
    if (url.startsWith("jdbc:h2:file:") && !upper.contains("WRITE_DELAY")) {
      result += ";WRITE_DELAY=0";
    }
    return result;
  }

  /** The pool, for tests and tools. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public PolicyRepository policies() {
    return policies;
  }

  @Override
  public PartnershipRepository partnerships() {
    return partnerships;
  }

  @Override
  public BoardRepository boards() {
    return boards;
  }

  @Override
  public SchoolRepository schools() {
    return schools;
  }

  @Override
  public StudentRepository students() {
    return students;
  }

  @Override
  public AdmissibilityApplicationRepository applications() {
    return applications;
  }

  @Override
  public RegistrationRepository registrations() {
    return registrations;
  }

  @Override
  public LwooDesignationRepository lwooDesignations() {
    return lwooDesignations;
  }

  @Override
  public PlacementDutyCaseRepository placementDutyCases() {
    return placementDutyCases;
  }

  @Override
  public OutOfSchoolCaseRepository outOfSchoolCases() {
    return outOfSchoolCases;
  }

  @Override
  public nl.passend.application.decision.port.out.AssessmentRepository assessments() {
    return assessments;
  }

  @Override
  public ExemptionRepository exemptions() {
    return exemptions;
  }

  @Override
  public nl.passend.application.letters.port.out.LetterOutbox letters() {
    return letters;
  }

  @Override
  public AuditLog auditLog() {
    return auditLog;
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
