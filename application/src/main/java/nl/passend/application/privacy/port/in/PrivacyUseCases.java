package nl.passend.application.privacy.port.in;

/**
 * Retention and the audit trail (R-PRIV), as {@link nl.passend.application.Passend#privacy()} hands them out.
 */
public interface PrivacyUseCases extends PurgeExpiredDataUseCase, ReadAuditTrailUseCase {}
