/**
 * What every use case shares: the {@link nl.passend.application.common.Actor} and the authorisation
 * rules of R-PRIV-1, the errors the services raise, and the outbound ports for time, ids,
 * transactions, audit and notifications.
 */
package nl.passend.application.common;
