package dev.flashkit.redis;

import dev.flashkit.internal.Json;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Redis side of a session: each operation is exactly one command (HGETALL, DEL, or the atomic
 * save script), so a request costs at most one round trip to load and one to save.
 *
 * <p>Layout: one hash per session; attributes are fields {@code a:<name>} holding JSON; metadata
 * fields are {@code m:created} and {@code m:seen} (epoch millis) and {@code m:gen} (generation).
 * The key's TTL is the one Flashkit computes (the earlier of absolute and idle expiry).
 */
final class SessionCommands {
    /** Outcome of a save: {@code GONE} means the session was invalidated or expired meanwhile. */
    enum Status {
        OK,
        GONE,
        CONFLICT
    }

    private static final System.Logger LOG = System.getLogger(SessionCommands.class.getName());
    /** Largest attribute value read back (JSON bytes); larger ones are treated as unreadable. */
    static final int MAX_VALUE_BYTES = 1 << 20;

    private static final LuaScript SAVE = LuaScript.load("save.lua");

    private final RedisConnector redis;
    private final SessionKeys keys;

    SessionCommands(RedisConnector redis, SessionKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The stored session with this id, or null when there is none (or it is malformed). */
    StoredSession load(String id) {
        Map<String, String> hash = redis.commands().hgetall(keys.session(id));
        if (hash == null || !hash.containsKey("m:created")) {
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        hash.forEach((field, value) -> {
            if (field.startsWith("a:")) {
                Optional<Object> parsed = Json.read(value.getBytes(StandardCharsets.UTF_8), MAX_VALUE_BYTES);
                if (parsed.isPresent()) {
                    attributes.put(field.substring(2), parsed.get() == Json.NULL ? null : parsed.get());
                } else { // unreadable data is dropped, never a 5xx; the value itself is not logged
                    LOG.log(System.Logger.Level.WARNING, "Flashkit: dropped an unreadable Redis session attribute");
                }
            }
        });
        long created = parseLong(hash.get("m:created"));
        long seen = parseLong(hash.get("m:seen"));
        return new StoredSession(id, parseLong(hash.get("m:gen")), created, seen == 0 ? created : seen, attributes);
    }

    /** Stores a brand-new session with all its attributes; never overwrites an existing one. */
    Status create(StoredSession session, long ttlMillis) {
        SessionDelta all = new SessionDelta(false, session.attributes(), java.util.Set.of());
        return run("create", session, all, ttlMillis, keys.session(session.id()));
    }

    /** Applies a delta to a live session; {@code GONE} (and no write) when it no longer exists. */
    Status update(StoredSession session, SessionDelta delta, long ttlMillis) {
        return run("update", session, delta, ttlMillis, keys.session(session.id()));
    }

    /**
     * Renames the live session {@code oldId} to {@code session.id()}, sets the new generation and
     * applies the delta, atomically; the old id stops working at once and its flash messages move
     * along. {@code GONE} (and no write) when the old session no longer exists.
     */
    Status rotate(String oldId, StoredSession session, SessionDelta delta, long ttlMillis) {
        return run(
                "rotate",
                session,
                delta,
                ttlMillis,
                keys.session(oldId),
                keys.session(session.id()),
                keys.flash(oldId),
                keys.flash(session.id()));
    }

    /** Deletes the session and its flash messages (one DEL). */
    void delete(String id) {
        redis.commands().del(keys.session(id), keys.flash(id));
    }

    private Status run(String mode, StoredSession session, SessionDelta delta, long ttlMillis, String... scriptKeys) {
        List<String> args =
                new ArrayList<>(8 + 2 * delta.changed().size() + delta.removed().size());
        args.add(mode);
        args.add(Long.toString(Math.max(1, ttlMillis)));
        args.add(Long.toString(session.createdAt()));
        args.add(Long.toString(session.lastAccessedAt()));
        args.add(Long.toString(session.generation()));
        args.add(delta.cleared() ? "1" : "0");
        args.add(Integer.toString(delta.changed().size()));
        delta.changed().forEach((name, value) -> {
            args.add("a:" + name);
            args.add(Json.writeString(value));
        });
        for (String name : delta.removed()) {
            if (!delta.changed().containsKey(name)) {
                args.add("a:" + name);
            }
        }
        String status = SAVE.run(redis.commands(), ScriptOutputType.VALUE, scriptKeys, args.toArray(String[]::new));
        switch (String.valueOf(status)) {
            case "ok":
                return Status.OK;
            case "gone":
                return Status.GONE;
            case "conflict":
                return Status.CONFLICT;
            default:
                throw new IllegalStateException("unexpected reply from the session save script");
        }
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
