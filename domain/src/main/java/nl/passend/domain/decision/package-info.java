/**
 * Besluiten: admissibility applications and their procedure, the statements (TLV) they lead to,
 * objections, LWOO designations, observation and residential placements, dossiers, expert advice
 * and the committee's conflict-of-interest rule (SPEC §5, R-TLV-1..10, R-DL-1..9).
 */
package nl.passend.domain.decision;
