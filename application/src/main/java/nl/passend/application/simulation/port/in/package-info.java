/** The inbound port of policy simulation. */
package nl.passend.application.simulation.port.in;
