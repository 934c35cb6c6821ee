package nl.passend.application.cases.port.in;

/**
 * Every use case of placement-duty and out-of-school cases (R-ZP, R-TZ), as {@link nl.passend.application.Passend#cases()} hands them out.
 */
public interface CaseUseCases extends PlacementDutyUseCase, OutOfSchoolUseCase {}
