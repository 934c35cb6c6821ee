package nl.passend.application.decision.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/** Aanvragen: stored admissibility applications with their statements. */
public interface AdmissibilityApplicationRepository {
  /** Stores a new application (version 0) and returns it at version 1; {@link nl.passend.application.common.AlreadyExistsException} when the id is taken. */
  AdmissibilityApplication insert(AdmissibilityApplication application);

  /**
   * Stores a changed application whose {@code version} is the stored one, and returns it at the next
   * version; {@link nl.passend.application.common.StaleVersionException} when another change came first.
   */
  AdmissibilityApplication update(AdmissibilityApplication application);

  /** The application with this id. */
  Optional<AdmissibilityApplication> find(ApplicationId id);

  /** The applications of a partnership; may be read lazily. */
  Iterable<AdmissibilityApplication> byPartnership(PartnershipId partnership);

  /** The applications for a student. */
  List<AdmissibilityApplication> byStudent(StudentId student);

  /**
   * The statements of a student in a partnership, revoked ones included, except the one of the
   * application {@code except}, if given: what the rules on statements in force (R-INT-4) and renewals
   * (R-TLV-11) look at, read without the applications' trails and dossiers.
   */
  List<AdmissibilityStatement> statementsOfStudent(StudentId student, PartnershipId partnership, Optional<ApplicationId> except);

  /** The statements of a partnership that end before {@code date} (and are not revoked), ordered by end date. */
  List<AdmissibilityStatement> statementsEndingBefore(PartnershipId partnership, LocalDate date);

  /** The next statement number of the partnership (1, 2, ...), never given twice. */
  long nextStatementNumber(PartnershipId partnership);

  /**
   * The applications of a partnership decided after {@code after} and on or before {@code until},
   * whole: the decisions the monitoring counts (R-DL-8), without reading every application.
   */
  List<AdmissibilityApplication> decidedBetween(PartnershipId partnership, LocalDate after, LocalDate until);

  /** The statements issued in a partnership, in number order, without their applications. */
  List<AdmissibilityStatement> statements(PartnershipId partnership);

  /** Erases the application with its statement; whether it existed (R-PRIV-2). */
  boolean delete(ApplicationId id);
}
