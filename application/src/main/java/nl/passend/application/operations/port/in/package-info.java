/** The operations' inbound ports. */
package nl.passend.application.operations.port.in;
