package dev.flashkit.redis;

import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Json;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The Redis side of a session: each operation is exactly one command (the load script, which reads
 * the hash and its flash list together and may claim the flash entries a request may show; DEL; or the
 * atomic save script, which also applies the request's flash-list change), so a request costs at most
 * one round trip to load and one to save.
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

    private static final LuaScript SAVE = LuaScript.load("flash-lib.lua", "save.lua");
    private static final LuaScript LOAD = LuaScript.load("load.lua");

    private final RedisConnector redis;
    private final SessionKeys keys;

    SessionCommands(RedisConnector redis, SessionKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * The stored session with this id and its raw flash entries (one round trip), or null when there
     * is none (or it is malformed).
     */
    StoredSession load(String id) {
        return load(id, null, 0, new Counters()); // no claim, so nothing expires on the way
    }

    /**
     * {@link #load(String)}, also claiming (removing from the list, in the same atomic step) the flash
     * entries a request for {@code claimTarget} may show — those without a target, targeted there, or past
     * their targeted wait — unless {@code claimTarget} is null; {@code now} (epoch ms) drops expired entries
     * on the way (counted as expired undelivered).
     */
    StoredSession load(String id, String claimTarget, long now, Counters counters) {
        List<Object> reply =
                LOAD.run(redis.commands(), ScriptOutputType.MULTI, loadKeys(id), loadArgs(claimTarget, now));
        return loaded(id, reply, counters);
    }

    /** {@link #load(String, String, long, Counters)} on the asynchronous API (the same script, one round trip). */
    CompletionStage<StoredSession> loadAsync(
            String id, String claimTarget, long now, Counters counters, Duration timeout) {
        return RedisCalls.callAsync(redis, "load a session", timeout, async -> LOAD.<List<Object>>runAsync(
                        async, ScriptOutputType.MULTI, loadKeys(id), loadArgs(claimTarget, now))
                .thenApply(reply -> loaded(id, reply, counters)));
    }

    private String[] loadKeys(String id) {
        return new String[] {keys.session(id), keys.flash(id)};
    }

    private static String[] loadArgs(String claimTarget, long now) {
        return claimTarget == null ? new String[0] : new String[] {Long.toString(now), claimTarget};
    }

    private static StoredSession loaded(String id, List<Object> reply, Counters counters) {
        Map<String, String> hash = new LinkedHashMap<>();
        List<String> flash = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        if (reply != null
                && reply.size() == 4
                && reply.get(0) instanceof List<?> pairs
                && reply.get(1) instanceof List<?> entries
                && reply.get(2) instanceof List<?> ids) {
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                hash.put(String.valueOf(pairs.get(i)), String.valueOf(pairs.get(i + 1)));
            }
            entries.forEach(e -> flash.add(String.valueOf(e)));
            ids.forEach(e -> claimed.add(String.valueOf(e)));
            FlashQueue.reportExpired(reply.get(3), counters);
        }
        if (!hash.containsKey("m:created")) {
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
        return new StoredSession(
                id, parseLong(hash.get("m:gen")), created, seen == 0 ? created : seen, attributes, flash, claimed);
    }

    /** Stores a brand-new session with all its attributes; never overwrites an existing one. */
    Status create(StoredSession session, long ttlMillis) {
        return create(session, ttlMillis, null, null);
    }

    /**
     * {@link #create}, also applying {@code flash} (may be null) to the new session's flash list; messages the
     * cap merges count into {@code counters}.
     */
    Status create(StoredSession session, long ttlMillis, FlashDelta flash, Counters counters) {
        SessionDelta all = new SessionDelta(false, session.attributes(), java.util.Set.of());
        return run(
                "create",
                session,
                all,
                flash,
                counters,
                ttlMillis,
                keys.session(session.id()),
                keys.flash(session.id()));
    }

    /** Applies a delta to a live session; {@code GONE} (and no write) when it no longer exists. */
    Status update(StoredSession session, SessionDelta delta, long ttlMillis) {
        return update(session, delta, ttlMillis, null, null);
    }

    /** {@link #update}, also applying {@code flash} (may be null) to the session's flash list. */
    Status update(StoredSession session, SessionDelta delta, long ttlMillis, FlashDelta flash, Counters counters) {
        return run(
                "update",
                session,
                delta,
                flash,
                counters,
                ttlMillis,
                keys.session(session.id()),
                keys.flash(session.id()));
    }

    /**
     * Renames the live session {@code oldId} to {@code session.id()}, sets the new generation and
     * applies the delta, atomically; the old id stops working at once and its flash messages move
     * along. {@code GONE} (and no write) when the old session no longer exists.
     */
    Status rotate(String oldId, StoredSession session, SessionDelta delta, long ttlMillis) {
        return rotate(oldId, session, delta, ttlMillis, null, null);
    }

    /** {@link #rotate}, also applying {@code flash} (may be null) to the (merged) new flash list. */
    Status rotate(
            String oldId,
            StoredSession session,
            SessionDelta delta,
            long ttlMillis,
            FlashDelta flash,
            Counters counters) {
        return run(
                "rotate",
                session,
                delta,
                flash,
                counters,
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

    /** {@link #delete} on the asynchronous API. */
    CompletionStage<Void> deleteAsync(String id, Duration timeout) {
        return RedisCalls.callAsync(
                redis, "delete a session", timeout, async -> async.del(keys.session(id), keys.flash(id))
                        .thenApply(deleted -> null));
    }

    /**
     * The save script on the asynchronous API, for the call's mode ({@code create}, {@code update} or {@code rotate})
     * with the same keys and arguments as the blocking {@link #create}, {@link #update} and {@link #rotate}: the
     * keys are the session's (and for a rotation the old then the new session's, then both flash lists).
     */
    CompletionStage<Status> saveAsync(SaveCall call, Duration timeout) {
        StoredSession session = call.stored();
        String oldId = call.oldId();
        String[] scriptKeys = oldId == null
                ? new String[] {keys.session(session.id()), keys.flash(session.id())}
                : new String[] {
                    keys.session(oldId), keys.session(session.id()), keys.flash(oldId), keys.flash(session.id())
                };
        String[] args = saveArgs(call.mode(), session, call.delta(), call.flash(), call.ttlMillis());
        Counters counters = call.counters();
        return RedisCalls.callAsync(redis, "save a session", timeout, async -> SAVE.<List<Object>>runAsync(
                        async, ScriptOutputType.MULTI, scriptKeys, args)
                .thenApply(reply -> status(reply, counters)));
    }

    private Status run(
            String mode,
            StoredSession session,
            SessionDelta delta,
            FlashDelta flash,
            Counters counters,
            long ttlMillis,
            String... scriptKeys) {
        List<Object> reply = SAVE.run(
                redis.commands(), ScriptOutputType.MULTI, scriptKeys, saveArgs(mode, session, delta, flash, ttlMillis));
        return status(reply, counters);
    }

    private static String[] saveArgs(
            String mode, StoredSession session, SessionDelta delta, FlashDelta flash, long ttlMillis) {
        List<String> removed = new ArrayList<>();
        for (String name : delta.removed()) {
            if (!delta.changed().containsKey(name)) {
                removed.add("a:" + name);
            }
        }
        List<String> args = new ArrayList<>(9 + 2 * delta.changed().size() + removed.size());
        args.add(mode);
        args.add(Long.toString(Math.max(1, ttlMillis)));
        args.add(Long.toString(session.createdAt()));
        args.add(Long.toString(session.lastAccessedAt()));
        args.add(Long.toString(session.generation()));
        args.add(delta.cleared() ? "1" : "0");
        args.add(Integer.toString(delta.changed().size()));
        args.add(Integer.toString(removed.size()));
        delta.changed().forEach((name, value) -> {
            args.add("a:" + name);
            args.add(Json.writeString(value));
        });
        args.addAll(removed);
        if (flash != null) {
            args.addAll(FlashQueue.updateArgs(session.lastAccessedAt(), RedisMessageStorage.SAFETY_CAP, flash));
        }
        return args.toArray(String[]::new);
    }

    private static Status status(List<Object> reply, Counters counters) {
        String status = reply == null || reply.isEmpty() ? null : String.valueOf(reply.get(0));
        if (reply != null && reply.size() > 1 && reply.get(1) instanceof Long merged) {
            FlashQueue.reportMerged(merged, RedisMessageStorage.SAFETY_CAP, counters);
        }
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
