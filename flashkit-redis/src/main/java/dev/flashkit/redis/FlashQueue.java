package dev.flashkit.redis;

import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Json;
import dev.flashkit.messages.Message;
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
    static final LuaScript STORE = LuaScript.load("flash-lib.lua", "flash-store.lua");
    static final LuaScript CLAIM = LuaScript.load("flash-claim.lua");
    static final LuaScript RESTORE = LuaScript.load("flash-lib.lua", "flash-restore.lua");

    private final RedisConnector redis;
    private final SessionKeys keys;
    private final Clock clock;
    private final int maxBacklog;
    private final Counters counters;

    /**
     * Loads the flash scripts (this class's initialisation reads them from resources) when a store is built, so
     * that no request thread pays for it: on the non-blocking path it would be a file read on an event loop.
     */
    static void loadScripts() {
        // the class initialiser did the work
    }

    /** {@code counters}: the Flashkit instance's, for messages the cap merges. */
    FlashQueue(RedisConnector redis, SessionKeys keys, Clock clock, int maxBacklog, Counters counters) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.maxBacklog = maxBacklog;
        this.counters = counters;
    }

    /** Appends messages (one round trip); returns how many messages the cap merged into a summary. */
    long push(String sessionId, List<FlashEntry> entries) {
        return update(sessionId, List.of(), entries);
    }

    /**
     * Removes the entries with {@code removeIds} (if still there) and appends {@code append}, in one
     * atomic round trip; returns how many messages the cap merged into a "+N more" summary.
     */
    long update(String sessionId, Collection<String> removeIds, List<FlashEntry> append) {
        if (removeIds.isEmpty() && append.isEmpty()) {
            return 0;
        }
        return update(sessionId, delta(false, removeIds, append));
    }

    /** Replaces the whole list with {@code entries} (one atomic round trip). */
    long replace(String sessionId, List<FlashEntry> entries) {
        return update(sessionId, delta(true, List.of(), entries));
    }

    /** Applies {@code delta} in one atomic round trip; returns how many messages the cap merged. */
    long update(String sessionId, FlashDelta delta) {
        List<String> args = updateArgs(clock.millis(), maxBacklog, delta);
        Long merged = RedisCalls.call(
                redis,
                "store flash messages",
                () -> STORE.<Long>run(
                        redis.commands(),
                        ScriptOutputType.INTEGER,
                        new String[] {keys.flash(sessionId)},
                        args.toArray(String[]::new)));
        return reportMerged(merged, maxBacklog, counters);
    }

    /** The change "remove these ids (or everything), then append these entries". */
    static FlashDelta delta(boolean replace, Collection<String> removeIds, List<FlashEntry> append) {
        return delta(replace, removeIds, List.of(), List.of(), append);
    }

    /**
     * The change "remove these ids (or everything), put back these claimed entries at their places in
     * {@code order} (the ids the list held at load), then append these entries".
     */
    static FlashDelta delta(
            boolean replace,
            Collection<String> removeIds,
            List<FlashEntry> restore,
            List<String> order,
            List<FlashEntry> append) {
        long listExpiry = 0;
        List<String> restoreIds = new ArrayList<>(restore.size());
        List<String> restoreEntries = new ArrayList<>(restore.size());
        for (FlashEntry e : restore) {
            listExpiry = Math.max(listExpiry, e.expiresAt());
            restoreIds.add(e.id());
            restoreEntries.add(encode(e));
        }
        List<String> ids = new ArrayList<>(append.size());
        List<String> entries = new ArrayList<>(append.size());
        for (FlashEntry e : append) {
            listExpiry = Math.max(listExpiry, e.expiresAt());
            ids.add(e.id());
            entries.add(encode(e));
        }
        return new FlashDelta(
                replace,
                replace ? List.of() : List.copyOf(removeIds),
                restoreIds,
                restoreEntries,
                restore.isEmpty() ? List.of() : order,
                ids,
                entries,
                listExpiry);
    }

    /**
     * The arguments of {@code flash_update} (flash-lib.lua): now, list expiry, cap, id of a summary
     * the script may create, the number of ids to remove (-1: all), the ids, the number of entries to
     * put back, those entries, the number of ids the list held at load, those ids, the entries to append.
     */
    static List<String> updateArgs(long now, int cap, FlashDelta delta) {
        List<String> args = new ArrayList<>(delta.removeIds().size()
                + delta.restoreEntries().size()
                + delta.order().size()
                + delta.appendEntries().size()
                + 7);
        args.add(Long.toString(now));
        args.add(Long.toString(delta.listExpiry()));
        args.add(Integer.toString(cap));
        args.add(Message.newId());
        if (delta.replace()) {
            args.add("-1"); // everything goes: no ids to list
        } else {
            args.add(Integer.toString(delta.removeIds().size()));
            args.addAll(delta.removeIds());
        }
        args.add(Integer.toString(delta.restoreEntries().size()));
        args.addAll(delta.restoreEntries());
        args.add(Integer.toString(delta.order().size()));
        args.addAll(delta.order());
        args.addAll(delta.appendEntries());
        return args;
    }

    /**
     * Puts back entries a request claimed while loading and did not show (one atomic round trip),
     * unless the session no longer exists: a deleted session is never resurrected.
     */
    void restore(String sessionId, FlashDelta delta) {
        List<String> args = updateArgs(clock.millis(), maxBacklog, delta);
        Long merged = RedisCalls.call(
                redis,
                "put back flash messages",
                () -> RESTORE.<Long>run(
                        redis.commands(),
                        ScriptOutputType.INTEGER,
                        new String[] {keys.session(sessionId), keys.flash(sessionId)},
                        args.toArray(String[]::new)));
        reportMerged(merged, maxBacklog, counters);
    }

    /**
     * Counts and logs (one WARNING) messages the cap merged into a "+N more messages" summary, like the
     * core messages framework does for its own backlog, into {@code counters}; returns their number.
     */
    static long reportMerged(Long merged, int cap, Counters counters) {
        if (merged == null || merged <= 0) {
            return 0;
        }
        counters.coalescedMessages(merged);
        LOG.log(
                System.Logger.Level.WARNING,
                "Flashkit: over {0} pending flash messages in Redis: merged {1} of the oldest lowest-level ones into a"
                        + " \"+N more messages\" entry; display messages more often",
                cap,
                merged);
        return merged;
    }

    /** The messages this request could show, without removing them (one LRANGE). */
    List<FlashEntry> peek(String sessionId, String target) {
        List<String> raws = RedisCalls.call(
                redis, "read flash messages", () -> redis.commands().lrange(keys.flash(sessionId), 0, -1));
        return live(raws, clock.millis(), target);
    }

    /** The readable, unexpired entries of a raw list that a request for {@code target} may show. */
    static List<FlashEntry> live(List<String> raws, long now, String target) {
        List<FlashEntry> result = new ArrayList<>();
        for (String raw : raws) {
            FlashEntry e = decode(raw);
            if (e != null && e.expiresAt() > now && e.deliverableTo(target, now)) {
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
        List<Object> reply = RedisCalls.call(
                redis,
                "claim flash messages",
                () -> CLAIM.<List<Object>>run(
                        redis.commands(),
                        ScriptOutputType.MULTI,
                        new String[] {keys.flash(sessionId)},
                        args.toArray(String[]::new)));
        return claimed(reply, counters);
    }

    /** The entries a claim script's {@code reply} returned; counts those it dropped as expired. */
    static List<FlashEntry> claimed(List<Object> reply, Counters counters) {
        List<FlashEntry> result = new ArrayList<>();
        if (reply != null && reply.size() == 2 && reply.get(0) instanceof List<?> claimed) {
            for (Object raw : claimed) {
                FlashEntry e = decode(String.valueOf(raw));
                if (e != null) {
                    result.add(e);
                }
            }
            reportExpired(reply.get(1), counters);
        }
        return result;
    }

    /**
     * Counts (and logs at DEBUG) entries a script dropped because they expired before any page showed
     * them, as the core does for the built-in storages ({@code FlashkitMetrics.expiredUndeliveredMessages()}) into the instance's {@code counters}.
     */
    static void reportExpired(Object count, Counters counters) {
        long expired = count instanceof Number n ? n.longValue() : 0;
        if (expired > 0) {
            counters.expiredUndeliveredMessages(expired);
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: {0} flash message(s) in Redis expired undelivered", expired);
        }
    }

    static String encode(FlashEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("t", e.target());
        json.put("x", e.expiresAt());
        json.put("l", (long) e.level());
        if (e.count() != 1) {
            json.put("m", e.count());
        }
        if (e.synthesized()) {
            json.put("s", 1L);
        }
        if (e.waitUntil() > 0) {
            json.put("w", e.waitUntil());
        }
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
            int level = m.get("l") instanceof Number l ? l.intValue() : 0;
            long count = m.get("m") instanceof Number n ? n.longValue() : 1;
            boolean synthesized = m.get("s") instanceof Number s && s.longValue() == 1;
            long waitUntil = m.get("w") instanceof Number w ? w.longValue() : 0;
            return new FlashEntry(id, target, expires.longValue(), level, count, synthesized, payload, waitUntil);
        }
        // unreadable entries are skipped here (and dropped by the next claim)
        LOG.log(System.Logger.Level.WARNING, "skipping an unreadable flash message entry");
        return null;
    }
}
