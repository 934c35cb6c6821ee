package nl.passend.application.storage;

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
import nl.passend.application.student.port.out.StudentRepository;

/**
 * Opslag: the outbound ports one persistence adapter implements together, sharing one unit of work.
 * Closing it releases its resources (connections, files).
 */
public interface Storage extends AutoCloseable {
  /** The policies: built-in and custom. */
  PolicyRepository policies();

  /** The partnerships. */
  PartnershipRepository partnerships();

  /** The boards. */
  BoardRepository boards();

  /** The schools. */
  SchoolRepository schools();

  /** The students. */
  StudentRepository students();

  /** The admissibility applications. */
  AdmissibilityApplicationRepository applications();

  /** The registrations of students at schools (R-TLV-1). */
  RegistrationRepository registrations();

  /** The LWOO register (R-LWOO-1..3). */
  LwooDesignationRepository lwooDesignations();

  /** The placement-duty cases. */
  PlacementDutyCaseRepository placementDutyCases();

  /** The out-of-school cases. */
  OutOfSchoolCaseRepository outOfSchoolCases();

  /** The exemptions. */
  ExemptionRepository exemptions();

  /** The assessment facts kept with cases. */
  nl.passend.application.decision.port.out.AssessmentRepository assessments();

  /** The outbox of letters, in the same transactions as the rest. */
  nl.passend.application.letters.port.out.LetterOutbox letters();

  /** The audit log. */
  AuditLog auditLog();

  /** The transactions over all of the above. */
  UnitOfWork unitOfWork();

  /** Releases the storage's resources; does not throw. */
  @Override
  void close();
}
