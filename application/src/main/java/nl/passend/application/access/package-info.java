/** Toegang: the authorisation rules of R-PRIV-1 over the organisation, shared by every service. */
package nl.passend.application.access;
