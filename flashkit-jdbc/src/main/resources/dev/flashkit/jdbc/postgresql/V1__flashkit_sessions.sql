-- Flashkit PostgreSQL store, schema version 1 (flashkit-jdbc).
-- Shipped in the jar as dev/flashkit/jdbc/postgresql/V1__flashkit_sessions.sql. JdbcSessionStore runs it when
-- built with createSchema(true), replacing the prefix "flashkit_" of every name with its tablePrefix; with
-- Flyway or Liquibase, copy it into your migrations (rename the objects if you set another prefix).
-- Every statement is idempotent: running it twice changes nothing.
-- tag::docs[]

-- One row per session. The cookie holds a random id of 192 bits; only its SHA-256 digest is stored, so a
-- dump of this table reveals no usable id. Times are epoch milliseconds of the application clock, except
-- expires_at, which is the database's clock (every instance agrees on it).
CREATE TABLE IF NOT EXISTS flashkit_sessions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_hash          bytea       NOT NULL UNIQUE,
    generation       bigint      NOT NULL,
    created_at       bigint      NOT NULL,
    last_accessed_at bigint      NOT NULL,
    expires_at       timestamptz NOT NULL
);

-- The cleanup finds expired sessions through this index.
CREATE INDEX IF NOT EXISTS flashkit_sessions_expires_at ON flashkit_sessions (expires_at);

-- One row per session attribute, the value as JSON text: a save writes only the attributes that changed
-- (INSERT ... ON CONFLICT), so concurrent requests writing different keys all persist.
CREATE TABLE IF NOT EXISTS flashkit_session_attributes (
    session_id bigint NOT NULL REFERENCES flashkit_sessions (id) ON DELETE CASCADE,
    name       text   NOT NULL,
    value      text   NOT NULL,
    PRIMARY KEY (session_id, name)
);

-- Flash messages waiting for display, in order of seq; a request claims one by deleting it (DELETE ...
-- RETURNING), so exactly one request shows it. body is the message as Flashkit's message JSON.
CREATE SEQUENCE IF NOT EXISTS flashkit_flash_seq;

CREATE TABLE IF NOT EXISTS flashkit_flash_messages (
    session_id bigint NOT NULL REFERENCES flashkit_sessions (id) ON DELETE CASCADE,
    id         text   NOT NULL,
    seq        bigint NOT NULL,
    body       text   NOT NULL,
    PRIMARY KEY (session_id, id)
);
-- end::docs[]
