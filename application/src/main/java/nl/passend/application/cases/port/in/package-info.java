/** Inbound ports of the case use cases. */
package nl.passend.application.cases.port.in;
