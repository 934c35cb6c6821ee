/** Adapters of the outbound ports that keep data: in memory now, JDBC with the persistence issue. */
package nl.passend.adapters.persistence;
