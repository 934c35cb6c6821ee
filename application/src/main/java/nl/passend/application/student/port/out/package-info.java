/** The student repository. */
package nl.passend.application.student.port.out;
