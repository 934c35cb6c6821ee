/**
 * Monitoring: participation rates with an explicit denominator, the policy's targets, and the
 * partnership report at a count date computed in one pass over the stored model (R-MON-1..4).
 */
package nl.passend.domain.monitoring;
