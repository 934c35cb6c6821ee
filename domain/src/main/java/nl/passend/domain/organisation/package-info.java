/**
 * Organisatie: partnerships (samenwerkingsverbanden), the boards that are their members, and the
 * schools of those boards with their BRIN codes, school types and clusters (SPEC §2, R-ORG-1..4).
 */
package nl.passend.domain.organisation;
