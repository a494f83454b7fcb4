package dev.flashkit.redis;

import dev.flashkit.internal.Json;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's flash messages in a Redis list next to the session hash, with an atomic claim: the
 * claim script removes and returns the claimed messages in one step, so a message is shown by
 * exactly one request even when parallel requests on the same session claim at once.
 */
final class FlashQueue {
    private static final System.Logger LOG = System.getLogger(FlashQueue.class.getName());
    private static final int MAX_ENTRY_BYTES = 64 * 1024;
    private static final LuaScript STORE = LuaScript.load("flash-store.lua");
    private static final LuaScript CLAIM = LuaScript.load("flash-claim.lua");

    private final RedisConnector redis;
    private final SessionKeys keys;
    private final Clock clock;
    private final int maxBacklog;

    FlashQueue(RedisConnector redis, SessionKeys keys, Clock clock, int maxBacklog) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.maxBacklog = maxBacklog;
    }

    /** Appends messages (one round trip); returns how many of the oldest were dropped by the cap. */
    long push(String sessionId, List<FlashEntry> entries) {
        return update(sessionId, List.of(), entries);
    }

    /**
     * Removes the entries with {@code removeIds} (if still there) and appends {@code append}, in one
     * atomic round trip; returns how many of the oldest entries the backlog cap dropped.
     */
    long update(String sessionId, Collection<String> removeIds, List<FlashEntry> append) {
        if (removeIds.isEmpty() && append.isEmpty()) {
            return 0;
        }
        return run(sessionId, removeIds.size(), removeIds, append);
    }

    /** Replaces the whole list with {@code entries} (one atomic round trip). */
    long replace(String sessionId, List<FlashEntry> entries) {
        return run(sessionId, -1, List.of(), entries);
    }

    private long run(String sessionId, int removeCount, Collection<String> removeIds, List<FlashEntry> append) {
        long listExpiry = 0;
        List<String> args = new ArrayList<>(removeIds.size() + append.size() + 4);
        args.add(Long.toString(clock.millis()));
        args.add(""); // list expiry, filled below
        args.add(Integer.toString(maxBacklog));
        args.add(Integer.toString(removeCount));
        args.addAll(removeIds);
        for (FlashEntry e : append) {
            listExpiry = Math.max(listExpiry, e.expiresAt());
            args.add(encode(e));
        }
        args.set(1, Long.toString(listExpiry));
        Long dropped = RedisCalls.call(
                redis,
                "store flash messages",
                () -> STORE.<Long>run(
                        redis.commands(),
                        ScriptOutputType.INTEGER,
                        new String[] {keys.flash(sessionId)},
                        args.toArray(String[]::new)));
        if (dropped != null && dropped > 0) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: flash backlog over {0}: dropped the {1} oldest messages",
                    maxBacklog,
                    dropped);
        }
        return dropped == null ? 0 : dropped;
    }

    /** The messages this request could show, without removing them (one LRANGE). */
    List<FlashEntry> peek(String sessionId, String target) {
        long now = clock.millis();
        List<FlashEntry> result = new ArrayList<>();
        List<String> raws = RedisCalls.call(
                redis, "read flash messages", () -> redis.commands().lrange(keys.flash(sessionId), 0, -1));
        for (String raw : raws) {
            FlashEntry e = decode(raw);
            if (e != null && e.expiresAt() > now && e.deliverableTo(target)) {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * Removes and returns the deliverable messages with the given ids (all deliverable ones when
     * {@code ids} is empty). Whatever another request claimed first is simply not returned.
     */
    List<FlashEntry> claim(String sessionId, String target, Collection<String> ids) {
        List<String> args = new ArrayList<>(ids.size() + 2);
        args.add(Long.toString(clock.millis()));
        args.add(target == null ? "" : target);
        args.addAll(ids);
        List<String> claimed = RedisCalls.call(
                redis,
                "claim flash messages",
                () -> CLAIM.<List<String>>run(
                        redis.commands(),
                        ScriptOutputType.MULTI,
                        new String[] {keys.flash(sessionId)},
                        args.toArray(String[]::new)));
        List<FlashEntry> result = new ArrayList<>(claimed == null ? 0 : claimed.size());
        if (claimed != null) {
            for (String raw : claimed) {
                FlashEntry e = decode(raw);
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    static String encode(FlashEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("t", e.target());
        json.put("x", e.expiresAt());
        json.put("p", e.payload());
        return Json.writeString(json);
    }

    static FlashEntry decode(String raw) {
        Map<String, Object> m = Json.readObject(raw.getBytes(StandardCharsets.UTF_8), MAX_ENTRY_BYTES)
                .orElse(Map.of());
        if (m.get("id") instanceof String id
                && m.get("t") instanceof String target
                && m.get("x") instanceof Number expires
                && m.get("p") instanceof String payload) {
            return new FlashEntry(id, target, expires.longValue(), payload);
        }
        // unreadable entries are skipped here (and dropped by the next claim)
        LOG.log(System.Logger.Level.WARNING, "skipping an unreadable flash message entry");
        return null;
    }
}
