/**
 * Tijd: the school year (1 August - 31 July) and the count dates (peildata) of 1 October and
 * 1 February on which students are counted (R-STU-4).
 */
package nl.passend.domain.time;
