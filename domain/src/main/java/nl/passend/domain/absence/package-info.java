/**
 * Verzuim en thuiszitters: the absence classification of a student on a date, the out-of-school
 * case with its duration, escalation and designation, and the counts and rates the partnerships
 * report (R-TZ-1..4).
 */
package nl.passend.domain.absence;
