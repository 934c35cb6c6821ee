/** Inbound ports for policies. */
package nl.passend.application.policy.port.in;
