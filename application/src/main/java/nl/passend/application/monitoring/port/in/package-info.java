/** Inbound port of the monitoring report. */
package nl.passend.application.monitoring.port.in;
