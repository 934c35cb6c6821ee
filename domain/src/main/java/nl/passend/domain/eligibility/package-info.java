/**
 * Criteria: the eligibility schemes of the partnerships (SPEC §5.4, R-CRI-*) as small named rules
 * over a typed {@link nl.passend.domain.eligibility.Assessment}, evaluated three-valued: a fact the
 * assessment does not give is unknown, and an outcome is only decided when no value of the unknown
 * facts could change it.
 */
package nl.passend.domain.eligibility;
