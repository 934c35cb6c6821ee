/** Repositories of placement-duty cases, out-of-school cases and exemptions. */
package nl.passend.application.cases.port.out;
