package nl.passend.application.calculation.port.in;

/**
 * Every calculator (eligibility, deadlines, funding, participation), as {@link nl.passend.application.Passend#calculators()} hands them out.
 */
public interface CalculatorUseCases extends EvaluateEligibilityUseCase, ComputeDeadlinesUseCase, ComputeFundingUseCase, ComputeParticipationUseCase {}
