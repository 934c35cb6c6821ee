/** Thread-safe in-memory adapters of the outbound ports, for tests and for embedding. */
package nl.passend.application.testing.memory;
