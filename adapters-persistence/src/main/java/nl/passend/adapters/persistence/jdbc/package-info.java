/**
 * The JDBC adapter of every repository port, on embedded H2 (the default) and PostgreSQL, with
 * explicit SQL, a HikariCP pool, Flyway migrations ({@code db/migration}), optimistic locking on a
 * version column and transactions through the unit of work.
 */
package nl.passend.adapters.persistence.jdbc;
