/** Use cases about partnership policies: list them and read one. */
package nl.passend.application.policy;
