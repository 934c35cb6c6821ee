/** Inbound ports of the calculators. */
package nl.passend.application.calculation.port.in;
