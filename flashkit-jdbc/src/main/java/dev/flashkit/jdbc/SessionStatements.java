package dev.flashkit.jdbc;

import dev.flashkit.internal.Json;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the dialect's statements: one round trip each, parameters bound in the order {@link SqlDialect}
 * documents. Ids go in as their {@link IdHash}.
 */
final class SessionStatements {
    /** Attribute values this store wrote read back whatever their size: the limit is the caller's put. */
    private static final int MAX_VALUE_BYTES = Integer.MAX_VALUE;

    private final Database database;
    private final SqlDialect dialect;

    SessionStatements(Database database, SqlDialect dialect) {
        this.database = database;
        this.dialect = dialect;
    }

    /** What a load found: the session's fields, attributes and (when asked) its flash messages in order. */
    record Loaded(
            long generation,
            long createdAt,
            long lastAccessedAt,
            Map<String, Object> attributes,
            List<StoredMessage> messages) {}

    /** The live session with this id, or {@code null}. */
    Loaded load(String id, boolean withMessages) {
        return database.call("load a session", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.load())) {
                st.setBytes(1, IdHash.of(id));
                st.setBoolean(2, withMessages);
                Loaded session = null;
                Map<String, Object> attributes = new LinkedHashMap<>();
                List<StoredMessage> messages = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        switch (rs.getInt(1)) {
                            case 0 ->
                                session = new Loaded(rs.getLong(2), rs.getLong(3), rs.getLong(4), attributes, messages);
                            case 1 -> readAttribute(rs.getString(5), rs.getString(6), attributes);
                            default -> messages.add(new StoredMessage(rs.getLong(2), rs.getString(5), rs.getString(6)));
                        }
                    }
                }
                return session;
            }
        });
    }

    private static void readAttribute(String name, String json, Map<String, Object> attributes) {
        Optional<Object> value =
                json == null ? Optional.empty() : Json.read(json.getBytes(StandardCharsets.UTF_8), MAX_VALUE_BYTES);
        // malformed (written by something else): the key reads as absent rather than failing the request
        value.ifPresent(v -> attributes.put(name, v == Json.NULL ? null : v));
    }

    /** Creates the session with its attributes and messages; false when the id exists already. */
    boolean create(SessionData session, long ttlMillis, FlashDelta flash) {
        return database.call("create a session", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.create())) {
                int i = 0;
                st.setBytes(++i, IdHash.of(session.id()));
                st.setLong(++i, session.generation());
                st.setLong(++i, session.createdAt().toEpochMilli());
                st.setLong(++i, session.lastAccessedAt().toEpochMilli());
                st.setLong(++i, ttlMillis);
                i = bindAttributes(c, st, i, session.attributes());
                bindMessages(c, st, i, flash.append());
                return count(st) == 1;
            }
        });
    }

    /** Applies the delta (and a rotation); false when the session is gone (deleted, expired, rotated away). */
    boolean update(SessionData session, SessionChanges changes, long ttlMillis, FlashDelta flash) {
        String oldId = changes.previousId() != null ? changes.previousId() : session.id();
        return database.call("save a session", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.update())) {
                int i = 0;
                st.setBytes(++i, IdHash.of(session.id()));
                st.setLong(++i, session.generation());
                st.setLong(++i, session.lastAccessedAt().toEpochMilli());
                st.setLong(++i, ttlMillis);
                st.setBytes(++i, IdHash.of(oldId));
                st.setBoolean(++i, changes.cleared());
                st.setArray(++i, text(c, changes.removed().toArray(String[]::new)));
                st.setArray(++i, text(c, changes.updated().keySet().toArray(String[]::new)));
                i = bindAttributes(c, st, i, changes.updated());
                st.setBoolean(++i, flash.replace());
                st.setArray(++i, text(c, flash.remove().toArray(String[]::new)));
                st.setArray(++i, text(c, flash.appendIds()));
                bindMessages(c, st, i, flash.append());
                return count(st) == 1;
            }
        });
    }

    /** Deletes the session, its attributes and messages. */
    void delete(String id) {
        database.call("delete a session", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.delete())) {
                st.setBytes(1, IdHash.of(id));
                return st.executeUpdate();
            }
        });
    }

    /** Deletes these messages of the session for the calling request and returns those it got. */
    List<StoredMessage> claim(String id, List<String> messageIds) {
        return database.call("claim flash messages", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.claim())) {
                st.setBytes(1, IdHash.of(id));
                st.setArray(2, text(c, messageIds.toArray(String[]::new)));
                List<StoredMessage> claimed = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new StoredMessage(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return claimed;
            }
        });
    }

    /** Puts claimed messages back at their places, if the session still lives. */
    void restore(String id, List<StoredMessage> messages) {
        database.call("put back flash messages", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.restore())) {
                st.setBytes(1, IdHash.of(id));
                bindMessages(c, st, 1, messages);
                return count(st);
            }
        });
    }

    /** Deletes at most {@code batch} expired sessions; returns how many. */
    int deleteExpiredBatch(int batch) {
        return database.call("delete expired sessions", c -> {
            try (PreparedStatement st = database.prepare(c, dialect.deleteExpiredBatch())) {
                st.setInt(1, batch);
                return st.executeUpdate();
            }
        });
    }

    private static int bindAttributes(Connection c, PreparedStatement st, int i, Map<String, Object> attributes)
            throws SQLException {
        String[] names = new String[attributes.size()];
        String[] values = new String[attributes.size()];
        int k = 0;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            names[k] = e.getKey();
            values[k++] = Json.writeString(e.getValue());
        }
        st.setArray(++i, text(c, names));
        st.setArray(++i, text(c, values));
        return i;
    }

    private static void bindMessages(Connection c, PreparedStatement st, int i, List<StoredMessage> messages)
            throws SQLException {
        st.setArray(
                ++i,
                c.createArrayOf(
                        "bigint", messages.stream().map(StoredMessage::seq).toArray(Long[]::new)));
        st.setArray(++i, text(c, messages.stream().map(StoredMessage::id).toArray(String[]::new)));
        st.setArray(++i, text(c, messages.stream().map(StoredMessage::body).toArray(String[]::new)));
    }

    private static Array text(Connection c, String[] values) throws SQLException {
        return c.createArrayOf("text", values);
    }

    private static long count(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
