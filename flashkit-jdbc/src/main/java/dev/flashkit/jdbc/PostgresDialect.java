package dev.flashkit.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL's SQL (9.5 or later: {@code ON CONFLICT}, {@code SKIP LOCKED}; tested on 15). Data-modifying
 * {@code WITH} clauses make each operation one statement: the session row is locked (or created) first and the
 * attribute and message changes hang off it, so a session deleted or rotated concurrently gets no orphan rows
 * and is never brought back.
 */
final class PostgresDialect implements SqlDialect {
    static final String DEFAULT_PREFIX = "flashkit_";
    private static final String RESOURCE = "/dev/flashkit/jdbc/postgresql/V1__flashkit_sessions.sql";

    private final String prefix;
    private final String sessions;
    private final String attributes;
    private final String messages;
    private final String sequence;

    PostgresDialect(String prefix) {
        this.prefix = prefix;
        this.sessions = prefix + "sessions";
        this.attributes = prefix + "session_attributes";
        this.messages = prefix + "flash_messages";
        this.sequence = prefix + "flash_seq";
    }

    @Override
    public String schemaResource() {
        return RESOURCE.substring(1);
    }

    @Override
    public String schema() {
        try (InputStream in = PostgresDialect.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema script " + RESOURCE + " is missing from the jar");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.replace(DEFAULT_PREFIX, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String schemaLock() {
        return "SELECT pg_advisory_xact_lock(hashtext('dev.flashkit.jdbc schema " + sessions + "'))";
    }

    @Override
    public String load() {
        return "WITH s AS (SELECT id, generation, created_at, last_accessed_at FROM " + sessions
                + " WHERE id_hash = ? AND expires_at > now())"
                + " SELECT 0 AS kind, generation AS n, created_at AS a, last_accessed_at AS b,"
                + " NULL::text AS name, NULL::text AS value FROM s"
                + " UNION ALL SELECT 1, 0, 0, 0, t.name, t.value FROM " + attributes
                + " t JOIN s ON t.session_id = s.id"
                + " UNION ALL SELECT 2, m.seq, 0, 0, m.id, m.body FROM " + messages
                + " m JOIN s ON m.session_id = s.id WHERE ?"
                + " ORDER BY 1, 2";
    }

    @Override
    public String create() {
        return "WITH s AS (INSERT INTO " + sessions
                + " (id_hash, generation, created_at, last_accessed_at, expires_at)"
                + " VALUES (?, ?, ?, ?, now() + ? * interval '1 millisecond')"
                + " ON CONFLICT (id_hash) DO NOTHING RETURNING id),"
                + " ai AS (INSERT INTO " + attributes + " (session_id, name, value)"
                + " SELECT s.id, u.name, u.value FROM s, unnest(?::text[], ?::text[]) AS u(name, value)),"
                + insertMessages("mi")
                + " SELECT count(*) FROM s";
    }

    @Override
    public String update() {
        return "WITH s AS (UPDATE " + sessions + " SET id_hash = ?, generation = ?, last_accessed_at = ?,"
                + " expires_at = now() + ? * interval '1 millisecond'"
                + " WHERE id_hash = ? AND expires_at > now() RETURNING id),"
                + " ad AS (DELETE FROM " + attributes + " t USING s WHERE t.session_id = s.id"
                + " AND (? OR t.name = ANY(?::text[])) AND NOT (t.name = ANY(?::text[]))),"
                + " ai AS (INSERT INTO " + attributes + " (session_id, name, value)"
                + " SELECT s.id, u.name, u.value FROM s, unnest(?::text[], ?::text[]) AS u(name, value)"
                + " ON CONFLICT (session_id, name) DO UPDATE SET value = EXCLUDED.value),"
                + " md AS (DELETE FROM " + messages + " m USING s WHERE m.session_id = s.id"
                + " AND (? OR m.id = ANY(?::text[])) AND NOT (m.id = ANY(?::text[]))),"
                + insertMessages("mi")
                + " SELECT count(*) FROM s";
    }

    /** A {@code WITH} clause inserting the messages of three array parameters into the session {@code s}. */
    private String insertMessages(String name) {
        return " " + name + " AS (INSERT INTO " + messages + " (session_id, seq, id, body)"
                + " SELECT s.id, coalesce(u.seq, nextval('" + sequence + "')), u.id, u.body"
                + " FROM s, unnest(?::bigint[], ?::text[], ?::text[]) AS u(seq, id, body)"
                + " ON CONFLICT (session_id, id) DO NOTHING)";
    }

    @Override
    public String delete() {
        return "DELETE FROM " + sessions + " WHERE id_hash = ?";
    }

    @Override
    public String claim() {
        return "WITH s AS (SELECT id FROM " + sessions + " WHERE id_hash = ? FOR NO KEY UPDATE)"
                + " DELETE FROM " + messages + " m USING s WHERE m.session_id = s.id AND m.id = ANY(?::text[])"
                + " RETURNING m.seq, m.id, m.body";
    }

    @Override
    public String restore() {
        return "WITH s AS (SELECT id FROM " + sessions + " WHERE id_hash = ? AND expires_at > now()"
                + " FOR NO KEY UPDATE)," + insertMessages("mi") + " SELECT count(*) FROM s";
    }

    @Override
    public String deleteExpiredBatch() {
        return "DELETE FROM " + sessions + " WHERE id IN (SELECT id FROM " + sessions
                + " WHERE expires_at <= now() LIMIT ? FOR UPDATE SKIP LOCKED)";
    }

    @Override
    public String toString() {
        return "PostgreSQL[tablePrefix=" + prefix + "]";
    }
}
