/** Retention and the audit trail (R-PRIV-2, R-PRIV-3). */
package nl.passend.application.privacy;
