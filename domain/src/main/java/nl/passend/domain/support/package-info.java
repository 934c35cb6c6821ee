/**
 * Ondersteuning: the support continuum from basic support to a special school, the schools' support
 * profiles against the partnership's basic-support standard, arrangements granted by the
 * partnership, the syntheseklas and rebound (R-SUP-1..5).
 */
package nl.passend.domain.support;
