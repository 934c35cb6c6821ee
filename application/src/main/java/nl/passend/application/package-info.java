/**
 * Passend's use cases: inbound ports (one per use case, with self-validating commands and queries),
 * outbound ports named by capability, and the services that implement the use cases.
 */
package nl.passend.application;
