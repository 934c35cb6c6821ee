/** Inbound ports of retention and audit. */
package nl.passend.application.privacy.port.in;
