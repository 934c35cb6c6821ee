/** The application repository, with the statement sequence of each partnership. */
package nl.passend.application.decision.port.out;
