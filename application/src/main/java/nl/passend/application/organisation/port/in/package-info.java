/** Inbound ports of the organisation use cases. */
package nl.passend.application.organisation.port.in;
