package nl.passend.application.testing.memory;

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
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.storage.Storage;
import nl.passend.application.student.port.out.StudentRepository;

/** All repositories in memory, sharing one unit of work; thread-safe. Data lives as long as this object. */
public final class InMemoryStorage implements Storage {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final PolicyCatalogue policies;
  private final PartnershipRepository partnerships = new InMemoryOrganisationRepositories.Partnerships(unitOfWork);
  private final BoardRepository boards = new InMemoryOrganisationRepositories.Boards(unitOfWork);
  private final SchoolRepository schools = new InMemoryOrganisationRepositories.Schools(unitOfWork);
  private final StudentRepository students = new InMemoryStudentRepository(unitOfWork);
  private final AdmissibilityApplicationRepository applications = new InMemoryAdmissibilityApplicationRepository(unitOfWork);
  private final RegistrationRepository registrations = new InMemoryRegisterRepositories.Registrations(unitOfWork);
  private final LwooDesignationRepository lwooDesignations = new InMemoryRegisterRepositories.LwooDesignations(unitOfWork);
  private final PlacementDutyCaseRepository placementDutyCases = new InMemoryCaseRepositories.PlacementDutyCases(unitOfWork);
  private final OutOfSchoolCaseRepository outOfSchoolCases = new InMemoryCaseRepositories.OutOfSchoolCases(unitOfWork);
  private final ExemptionRepository exemptions = new InMemoryCaseRepositories.Exemptions(unitOfWork);
  private final InMemoryAssessments assessments = new InMemoryAssessments(unitOfWork, applications, lwooDesignations);
  private final InMemoryLetterOutbox letters = new InMemoryLetterOutbox(unitOfWork);
  private final AuditLog auditLog = new InMemoryAuditLog(unitOfWork);

  /** Storage with the built-in policies. */
  public InMemoryStorage() {
    this(new PolicyCatalogue(SeedPolicies.all()));
  }

  /** Storage with the given policies (built-ins plus custom ones). */
  public InMemoryStorage(PolicyCatalogue policies) {
    this.policies = policies;
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
  public AuditLog auditLog() {
    return auditLog;
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public nl.passend.application.letters.port.out.LetterOutbox letters() {
    return letters;
  }

  @Override
  public void close() {
    // Nothing to release: the data lives as long as this object.
  }
}
