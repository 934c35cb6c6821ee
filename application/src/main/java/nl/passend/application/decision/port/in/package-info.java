/** Inbound ports of the admissibility use cases. */
package nl.passend.application.decision.port.in;
