/**
 * Leerling: students with their pseudonymous id, optional citizen number, date of birth, guardians
 * and enrolment history; age and compulsory-education status on a date (R-STU-1..3).
 */
package nl.passend.domain.student;
