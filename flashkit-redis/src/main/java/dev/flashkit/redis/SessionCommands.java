package dev.flashkit.redis;

import io.lettuce.core.ScriptOutputType;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Redis side of a session: each operation is exactly one atomic command (a Lua script or DEL),
 * so a request costs at most one round trip to load and one to save.
 *
 * <p>Layout: one hash per session; attributes are fields {@code a:<name>} holding JSON, metadata
 * fields are {@code m:created}, {@code m:abs} (absolute expiry), {@code m:gen} (generation) and
 * {@code m:seen} (last access, for the idle timeout). The key's TTL is the earlier of the absolute
 * expiry and last access + idle timeout.
 */
final class SessionCommands {
    /** Outcome of a save: {@code GONE} means the session was invalidated or expired meanwhile. */
    enum Status {
        OK,
        GONE,
        CONFLICT
    }

    private static final System.Logger LOG = System.getLogger(SessionCommands.class.getName());
    private static final LuaScript LOAD = LuaScript.load("load.lua");
    private static final LuaScript SAVE = LuaScript.load("save.lua");

    private final RedisConnector redis;
    private final SessionKeys keys;
    private final Clock clock;
    private final long idleMillis;

    SessionCommands(RedisConnector redis, SessionKeys keys, Clock clock, Duration idleTimeout) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.idleMillis = idleTimeout == null ? 0 : idleTimeout.toMillis();
    }

    /** The live session with this id, sliding its idle expiry; null when absent or expired. */
    StoredSession load(String id) {
        List<String> flat = LOAD.run(
                redis.commands(),
                ScriptOutputType.MULTI,
                new String[] {keys.session(id), keys.flash(id)},
                Long.toString(clock.millis()),
                Long.toString(idleMillis));
        if (flat == null || flat.isEmpty()) {
            return null;
        }
        long generation = 0, created = 0, abs = 0;
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            String field = flat.get(i);
            String value = flat.get(i + 1);
            if (field.startsWith("a:")) {
                try {
                    attributes.put(field.substring(2), JsonValues.read(value));
                } catch (IOException | RuntimeException e) {
                    // Unreadable data is dropped, never a 5xx; the value itself is not logged.
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "dropping unreadable session attribute {0}",
                            field.substring(2));
                }
            } else if (field.equals("m:gen")) {
                generation = parseLong(value);
            } else if (field.equals("m:created")) {
                created = parseLong(value);
            } else if (field.equals("m:abs")) {
                abs = parseLong(value);
            }
        }
        return new StoredSession(id, generation, created, abs, attributes);
    }

    /** Stores a brand-new session; never overwrites an existing one. */
    Status create(String id, long createdAt, long absoluteExpiry, SessionDelta delta) {
        List<String> args = args("create", absoluteExpiry, createdAt, delta);
        return status(SAVE.run(
                redis.commands(),
                ScriptOutputType.MULTI,
                new String[] {keys.session(id)},
                args.toArray(String[]::new)));
    }

    /** Applies a delta to a live session; {@code GONE} (and no write) when it no longer exists. */
    Status update(String id, SessionDelta delta) {
        List<String> args = args("update", 0, 0, delta);
        return status(SAVE.run(
                redis.commands(),
                ScriptOutputType.MULTI,
                new String[] {keys.session(id)},
                args.toArray(String[]::new)));
    }

    /**
     * Renames a live session to a new id, bumps its generation and applies the delta, atomically;
     * the old id stops working at once. {@code GONE} when the old session no longer exists.
     */
    Status rotate(String oldId, String newId, SessionDelta delta) {
        List<String> args = args("rotate", 0, 0, delta);
        String[] k = {keys.session(oldId), keys.session(newId), keys.flash(oldId), keys.flash(newId)};
        return status(SAVE.run(redis.commands(), ScriptOutputType.MULTI, k, args.toArray(String[]::new)));
    }

    /** Deletes the session and its flash messages (one DEL). */
    void delete(String id) {
        redis.commands().del(keys.session(id), keys.flash(id));
    }

    private List<String> args(String mode, long absoluteExpiry, long createdAt, SessionDelta delta) {
        List<String> args =
                new ArrayList<>(8 + 2 * delta.changed().size() + delta.removed().size());
        args.add(mode);
        args.add(Long.toString(clock.millis()));
        args.add(Long.toString(idleMillis));
        args.add(Long.toString(absoluteExpiry));
        args.add(Long.toString(createdAt));
        args.add(delta.cleared() ? "1" : "0");
        args.add(Integer.toString(delta.changed().size()));
        delta.changed().forEach((name, value) -> {
            args.add("a:" + name);
            args.add(JsonValues.write(value));
        });
        for (String name : delta.removed()) {
            if (!delta.changed().containsKey(name)) {
                args.add("a:" + name);
            }
        }
        return args;
    }

    private static Status status(List<Object> reply) {
        String status = reply == null || reply.isEmpty() ? "" : String.valueOf(reply.get(0));
        switch (status) {
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
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
