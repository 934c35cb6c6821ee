/**
 * Zorgplicht: a board's duty to find a place for a registered student who needs extra support, its
 * terms, outcomes, overdue detection and the partnership's escalation list (R-ZP-1..3).
 */
package nl.passend.domain.placement;
