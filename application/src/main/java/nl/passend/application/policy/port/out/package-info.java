/** Outbound ports for policies: where the built-in and custom policies come from. */
package nl.passend.application.policy.port.out;
