/**
 * Ontwikkelingsperspectief (OPP): when a development plan is required, when it is due after a
 * placement, its yearly evaluation with the guardians, the exit destination and the guardians'
 * consent (R-OPP-1..4).
 */
package nl.passend.domain.plan;
