/** Repositories of partnerships, boards and schools. */
package nl.passend.application.organisation.port.out;
