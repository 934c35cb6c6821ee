package nl.passend.application.organisation.port.in;

/**
 * Every use case of the organisation register (partnerships, boards, schools), as {@link nl.passend.application.Passend#organisation()} hands them out.
 */
public interface OrganisationUseCases extends RegisterPartnershipUseCase, RegisterBoardUseCase, RegisterSchoolUseCase, ReadOrganisationUseCase {}
