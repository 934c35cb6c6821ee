/** The pure calculators behind use cases: eligibility, deadlines, funding and participation; any authenticated actor. */
package nl.passend.application.calculation;
