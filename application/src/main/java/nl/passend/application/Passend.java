package nl.passend.application;

import static java.util.Objects.requireNonNull;

import nl.passend.application.access.AccessPolicy;
import nl.passend.application.calculation.port.in.CalculatorUseCases;
import nl.passend.application.cases.port.in.CaseUseCases;
import nl.passend.application.decision.port.in.AdmissibilityUseCases;
import nl.passend.application.decision.port.in.DecideLwooDesignationUseCase;
import nl.passend.application.monitoring.port.in.ProduceMonitoringReportUseCase;
import nl.passend.application.organisation.port.in.OrganisationUseCases;
import nl.passend.application.policy.port.in.ListPoliciesUseCase;
import nl.passend.application.privacy.port.in.PrivacyUseCases;
import nl.passend.application.student.port.in.RecordRegistrationUseCase;
import nl.passend.application.student.port.in.StudentUseCases;
import nl.passend.application.calculation.CalculatorService;
import nl.passend.application.cases.CaseService;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.IdGenerator;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.application.decision.AdmissibilityService;
import nl.passend.application.decision.LwooDesignationService;
import nl.passend.application.student.RegistrationService;
import nl.passend.application.monitoring.MonitoringService;
import nl.passend.application.organisation.OrganisationService;
import nl.passend.application.policy.PolicyService;
import nl.passend.application.privacy.PrivacyService;
import nl.passend.application.storage.Storage;
import nl.passend.application.student.StudentService;

/**
 * Passend: all use cases wired to one storage and the other outbound ports. An adapter that drives
 * Passend (a web server, a batch job, a test) creates one and calls the use cases it needs; it hands
 * out inbound ports only, never the services or the storage behind them.
 */
public final class Passend {
  private final OrganisationService organisation;
  private final StudentService students;
  private final AdmissibilityService applications;
  private final RegistrationService registrations;
  private final LwooDesignationService lwoo;
  private final CaseService cases;
  private final CalculatorService calculators;
  private final MonitoringService monitoring;
  private final PrivacyService privacy;
  private final PolicyService policies;
  private final nl.passend.application.simulation.PolicySimulationService simulations;
  private final Storage storage;
  private final nl.passend.application.letters.port.in.PrintLettersUseCase letterPrinting;
  private final Clock clock;
  private final nl.passend.application.transfer.TransferDossierService transferDossiers;

  /**
   * Wires the use cases without a transfer-dossier reader: reading an OSO dossier then answers that
   * none is configured.
   */
  public Passend(Storage storage, Clock clock, IdGenerator ids, SchoolCalendarSource calendars) {
    this(storage, clock, ids, calendars, dossier -> {
      throw new IllegalStateException("no transfer-dossier reader is wired into this Passend");
    });
  }

  /** Wires the use cases with a transfer-dossier reader, without a letter renderer: a letter then answers that none is configured. */
  public Passend(Storage storage, Clock clock, IdGenerator ids, SchoolCalendarSource calendars,
      nl.passend.application.transfer.port.out.TransferDossierReader transferDossiers) {
    this(storage, clock, ids, calendars, transferDossiers, (letter, policy) -> {
      throw new IllegalStateException("no letter renderer is wired into this Passend");
    });
  }

  /** Wires the use cases, with the reader of transfer dossiers (the OSO adapter) and the renderer of letters (the PDF adapter). */
  public Passend(Storage storage, Clock clock, IdGenerator ids, SchoolCalendarSource calendars,
      nl.passend.application.transfer.port.out.TransferDossierReader transferDossiers,
      nl.passend.application.decision.port.out.LetterRenderer letters) {
    requireNonNull(storage, "storage");
    requireNonNull(clock, "clock");
    requireNonNull(ids, "ids");
    requireNonNull(calendars, "calendars");
    this.storage = storage;
    this.clock = clock;
    AccessPolicy access = new AccessPolicy(storage.schools(), storage.boards());
    this.organisation = new OrganisationService(storage.partnerships(), storage.boards(), storage.schools(), storage.policies(),
        storage.unitOfWork(), storage.auditLog(), clock);
    this.students = new StudentService(storage.students(), storage.schools(), storage.partnerships(), storage.policies(), access,
        storage.unitOfWork(), storage.auditLog(), clock);
    this.applications = new AdmissibilityService(storage.applications(), storage.registrations(), storage.students(), storage.partnerships(), storage.schools(),
        storage.policies(), calendars, access, storage.unitOfWork(), storage.auditLog(), storage.letters(), ids, clock, storage.assessments(),
        requireNonNull(letters, "letters"));
    this.cases = new CaseService(storage.placementDutyCases(), storage.outOfSchoolCases(), storage.exemptions(), storage.students(),
        storage.partnerships(),
        storage.policies(), access, storage.unitOfWork(), storage.auditLog(), ids, clock);
    this.calculators = new CalculatorService(storage.policies(), calendars);
    this.registrations = new RegistrationService(storage.registrations(), storage.students(), storage.schools(), access, storage.unitOfWork(),
        storage.auditLog(), ids, clock);
    this.lwoo = new LwooDesignationService(storage.lwooDesignations(), storage.partnerships(), storage.policies(), storage.schools(),
        storage.students(), calendars, access, storage.unitOfWork(), storage.auditLog(), ids, clock, storage.assessments(), letters, storage.letters());
    this.monitoring = new MonitoringService(storage.partnerships(), storage.policies(), storage.students(), storage.applications(),
        storage.lwooDesignations(),
        storage.placementDutyCases(), storage.outOfSchoolCases(), storage.exemptions(), calendars, access);
    this.privacy = new PrivacyService(storage.applications(), storage.placementDutyCases(), storage.outOfSchoolCases(),
        storage.lwooDesignations(), storage.assessments(), storage.letters(), access,
        storage.unitOfWork(), storage.auditLog(), clock);
    this.policies = new PolicyService(storage.policies());
    this.simulations = new nl.passend.application.simulation.PolicySimulationService(storage.policies(), storage.partnerships(),
        storage.assessments(), access, storage.auditLog(), clock);
    this.letterPrinting = new nl.passend.application.letters.LetterPrintService(storage.letters(), access, storage.unitOfWork(), storage.auditLog(),
        clock);
    this.transferDossiers = new nl.passend.application.transfer.TransferDossierService(requireNonNull(transferDossiers, "transferDossiers"),
        access, students, storage.applications(), storage.assessments(), storage.unitOfWork(), storage.auditLog(), clock);
  }

  /**
   * The dispatcher of the outbox's letters through a mail server (R-DL-6); the composition root runs it
   * on a schedule. Several instances may dispatch from one database: each letter is claimed by one.
   */
  public nl.passend.application.letters.port.in.DispatchLettersUseCase letterDispatcher(
      nl.passend.application.letters.port.out.LetterMailer mailer, nl.passend.application.letters.LetterDispatchService.Settings settings) {
    return new nl.passend.application.letters.LetterDispatchService(storage.letters(), mailer, storage.unitOfWork(), storage.auditLog(), clock,
        settings);
  }

  /** Decision letters to addressees without e-mail: listed, printed and marked printed by the partnership's staff. */
  public nl.passend.application.letters.port.in.PrintLettersUseCase letterPrinting() {
    return letterPrinting;
  }

  /** Whether this instance reaches its storage, for a load balancer's readiness check. */
  public nl.passend.application.operations.port.in.ReadinessUseCase readiness() {
    return new nl.passend.application.operations.ReadinessService(storage.partnerships(), storage.unitOfWork());
  }

  /** Partnerships, boards and schools. */
  public OrganisationUseCases organisation() {
    return organisation;
  }

  /** Students and imports. */
  public StudentUseCases students() {
    return students;
  }

  /** Admissibility applications and statements. */
  public AdmissibilityUseCases applications() {
    return applications;
  }

  /** Registrations of students at schools (R-TLV-1). */
  public RecordRegistrationUseCase registrations() {
    return registrations;
  }

  /** The LWOO register (R-LWOO-1..3). */
  public DecideLwooDesignationUseCase lwooDesignations() {
    return lwoo;
  }

  /** Placement-duty and out-of-school cases. */
  public CaseUseCases cases() {
    return cases;
  }

  /** Eligibility, deadlines, funding and participation. */
  public CalculatorUseCases calculators() {
    return calculators;
  }

  /** The partnership report. */
  public ProduceMonitoringReportUseCase monitoring() {
    return monitoring;
  }

  /** Retention and the audit trail. */
  public PrivacyUseCases privacy() {
    return privacy;
  }

  /** Transfer dossiers (OSO): reading them, and importing their pupils. */
  public nl.passend.application.transfer.port.in.TransferDossierUseCases transferDossiers() {
    return transferDossiers;
  }

  /** Policy simulations: what a candidate policy would have decided. */
  public nl.passend.application.simulation.port.in.SimulatePolicyUseCase simulations() {
    return simulations;
  }

  /** Policies. */
  public ListPoliciesUseCase policies() {
    return policies;
  }
}
