/**
 * Passend's pure core: the language of the Dutch samenwerkingsverbanden passend onderwijs as
 * values and aggregates, free of frameworks, storage and time sources; each area lives in its own
 * sub-package (organisation, time, student, support, plan, policy and, later, decisions, eligibility,
 * deadlines, funding and monitoring).
 */
package nl.passend.domain;
