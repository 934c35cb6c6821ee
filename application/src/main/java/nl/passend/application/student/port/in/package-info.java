/** Inbound ports of the student use cases. */
package nl.passend.application.student.port.in;
