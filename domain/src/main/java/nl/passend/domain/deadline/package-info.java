/**
 * Termijnen: the legal and policy deadlines of the procedures (R-DL-1..9, R-ZP-1, R-OPP-3) and the
 * school calendar over which {@code vo-22-01}'s committee deadlines shift (R-DL-4).
 */
package nl.passend.domain.deadline;
