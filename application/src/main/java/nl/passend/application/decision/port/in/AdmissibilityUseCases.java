package nl.passend.application.decision.port.in;

/**
 * Every use case of admissibility applications and their statements (R-TLV, R-DL), as {@link nl.passend.application.Passend#applications()} hands them out.
 */
public interface AdmissibilityUseCases extends SubmitAdmissibilityApplicationUseCase, ActOnAdmissibilityApplicationUseCase, ReadAdmissibilityApplicationUseCase, RecordDossierUseCase,
    RecordAssessmentUseCase {}
