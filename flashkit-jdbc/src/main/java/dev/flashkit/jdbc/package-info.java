/**
 * Flashkit's PostgreSQL store: {@link dev.flashkit.jdbc.JdbcSessionStore} keeps sessions and exactly-once
 * flash messages in tables reached through the application's {@link javax.sql.DataSource}. See
 * {@code docs/postgres.md}.
 */
package dev.flashkit.jdbc;
