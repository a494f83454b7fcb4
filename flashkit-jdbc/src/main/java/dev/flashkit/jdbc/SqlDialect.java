package dev.flashkit.jdbc;

/**
 * The SQL of one database product: the seam where another database (MySQL, H2, ...) would plug in. A dialect
 * gives the schema script and one statement per store operation; {@link SessionStatements} binds their
 * parameters in the order each method documents, arrays through {@link java.sql.Connection#createArrayOf}
 * with the element type names {@code text} and {@code bigint}. Each statement is one round trip and atomic
 * on its own (the connection is in auto-commit), and every statement that changes a session's attributes or
 * messages first locks the session's row, so requests and the cleanup always lock in the same order (session
 * row, then its attribute and message rows) and never deadlock. Only {@link PostgresDialect} exists so far.
 */
interface SqlDialect {

    /** The classpath resource of the schema script, written for the default prefix {@code flashkit_}. */
    String schemaResource();

    /** The schema script for this store's table names. */
    String schema();

    /** A statement that serialises schema creation between instances for the rest of the transaction. */
    String schemaLock();

    /**
     * Loads a live session, its attributes and (when the boolean is true) its flash messages in one query.
     * Parameters: id hash, include messages. Rows: {@code kind} (0 session: generation, created, accessed;
     * 1 attribute: name, value; 2 message: seq, id, body), {@code n}, {@code a}, {@code b}, {@code name},
     * {@code value}; messages in display order.
     */
    String load();

    /**
     * Creates a session unless its id hash exists. Parameters: id hash, generation, created, accessed,
     * time-to-live in ms, attribute names, attribute values, message seqs (null for new), message ids,
     * message bodies. One row: the number of sessions created (0 or 1).
     */
    String create();

    /**
     * Applies a delta to a live session. Parameters: new id hash (the same when not rotated), generation,
     * accessed, time-to-live in ms, id hash, cleared, removed names, updated names, updated values, replace
     * messages, removed message ids, message seqs, message ids, message bodies. One row: the number of
     * sessions updated (0 when it is gone or expired).
     */
    String update();

    /** Deletes a session and everything it holds. Parameter: id hash. */
    String delete();

    /**
     * Claims (deletes) messages of a live session for one request. Parameters: id hash, message ids. Rows: the
     * claimed messages' seq, id, body.
     */
    String claim();

    /**
     * Puts claimed messages back into a live session. Parameters: id hash, message seqs, message ids, message
     * bodies.
     */
    String restore();

    /**
     * Deletes at most a batch of expired sessions, skipping rows a request holds. Parameter: batch size.
     * Returns the update count.
     */
    String deleteExpiredBatch();
}
