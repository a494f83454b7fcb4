package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Json;
import dev.flashkit.messages.Coalescer;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flash messages in Redis next to the session ({@link RedisSessionStore#messageStorage()}), delivered
 * exactly once: a message leaves the list in one atomic step for the one request that shows it, so when
 * parallel requests of one client (tabs, nodes) try to show the same message, only one gets it. With its
 * own {@link RedisSessionStore} as the session store, the session load claims the messages a request may
 * display ({@link RequestScope#claimTarget()}) in the same round trip; the request holds them
 * ({@link RequestScope#holdMessages()}, in its {@link FlashRequest} slot), {@link #claim} hands them out
 * without a round trip, and what the request did not display goes back at its place with the commit (in the
 * session save, or in one put-back script) or when the request fails (an {@link RequestScope#onAbandon}
 * action). Other messages are claimed by a script
 * at display time. At commit only this request's changes are written (shown or dropped messages removed,
 * new ones appended), so messages another request added or claimed meanwhile are neither lost nor shown
 * again; the session save applies the change in the same script.
 */
final class RedisMessageStorage implements MessageStorage {
    /**
     * Session attribute that keeps a session with pending messages alive (and its cookie issued): always
     * {@code true}. The flash entries and the pending change travel in the request's {@link FlashRequest}.
     */
    static final String MARKER = "_flashkit.redisFlash";

    /**
     * Safety cap of entries per session: Flashkit caps the backlog each request sees, so only many
     * concurrent writers can exceed it; then the scripts merge instead of dropping.
     */
    static final int SAFETY_CAP = 1000;

    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final RedisConnector connector;
    private final SessionKeys keys;
    private final SessionStore owner;

    RedisMessageStorage(RedisConnector connector, SessionKeys keys, SessionStore owner) {
        this.connector = connector;
        this.keys = keys;
        this.owner = owner;
    }

    /**
     * Reads no Redis of its own when the session comes from the owning store: that store's load read
     * the flash list together with the session (one round trip) and left it in the request's scope.
     */
    @Override
    public List<Message> load(RequestScope scope) {
        FlashkitConfig config = scope.config();
        if (scope.cookie(config.sessionCookieName()) == null) {
            return List.of(); // no session, no messages: never create a session just to look
        }
        Session session = scope.session();
        FlashRequest request = FlashRequest.of(scope);
        List<FlashEntry> entries;
        if (owns(config) && (session.isNew() || (!request.stored && request.readWithSession == null))) {
            entries = List.of(); // the store's load found no session
        } else if (owns(config) && !request.stored) {
            entries = FlashQueue.live(request.readWithSession, config.clock().millis(), "*");
        } else { // another session store, or this request already stored a change: read the list
            entries = queue(scope).peek(session.id(), "*");
        }
        HeldFlash claimed = request.held;
        List<Message> messages = new ArrayList<>();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        for (FlashEntry entry : entries) {
            Message m = decode(entry);
            if (m != null) {
                messages.add(m);
                if (claimed == null || !claimed.wasClaimed(m.id())) {
                    ids.add(m.id()); // still in Redis (claimed ones are not)
                }
            }
        }
        request.inRedis = ids;
        return messages;
    }

    /**
     * Computes this request's change (shown or dropped messages removed, new ones appended). With the
     * owning session store it is left in the request's scope for the session save, so the commit writes
     * session and messages in one script; otherwise it runs its own script.
     */
    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        FlashkitConfig config = scope.config();
        FlashRequest request = FlashRequest.of(scope);
        Set<String> before = request.inRedis;
        HeldFlash claimed = request.held;
        request.inRedis = null;
        request.held = null;
        boolean hasCookie = scope.cookie(config.sessionCookieName()) != null;
        if (messages.isEmpty() && (before == null ? !hasCookie : before.isEmpty()) && claimed == null) {
            return List.of(); // nothing stored before, nothing to store now
        }
        Session session = scope.session();
        Instant now = config.clock().instant();
        long defaultExpiry = now.plus(config.sessionMaxAge()).toEpochMilli();
        long targetWait = config.messages().targetMaxAge().toMillis();
        List<FlashEntry> append = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (Message m : messages) {
            kept.add(m.id());
            if (claimed != null && claimed.wasClaimed(m.id())) {
                continue; // claimed at load and kept (not displayed, keep(), 4xx): back at its place, or after a
                // logout nowhere
            }
            if (before == null || !before.contains(m.id())) {
                append.add(encode(m, defaultExpiry, targetWait));
            }
        }
        List<FlashEntry> restore =
                claimed == null || before == null || session.isNew() ? List.of() : claimed.among(kept);
        Set<String> remove = new LinkedHashSet<>();
        if (before != null) {
            remove.addAll(before);
            remove.removeAll(kept);
        }
        request.inRedis = kept;
        if (before != null && remove.isEmpty() && append.isEmpty() && restore.isEmpty()) {
            return List.of();
        }
        // before == null: the request did not load, so the list is replaced, as the SPI says
        FlashDelta delta = FlashQueue.delta(
                before == null, remove, restore, claimed == null ? List.of() : claimed.order(), append);
        if (owns(config)) {
            request.pending = request.pending == null ? delta : request.pending.then(delta);
            request.stored = true;
            if (!session.contains(MARKER)) {
                session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
            }
            scope.saveSessionAtCommit(); // the session save writes the change
        } else {
            if (!messages.isEmpty() && !session.contains(MARKER)) {
                session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
            }
            queue(scope).update(session.id(), delta);
        }
        return List.of();
    }

    private boolean owns(FlashkitConfig config) {
        return config.sessionStore() == owner;
    }

    /** Messages claimed with the session load are this request's already; the others are claimed now. */
    @Override
    public List<Message> claim(RequestScope scope, List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        FlashRequest request = FlashRequest.of(scope);
        HeldFlash claimed = request.held;
        Set<String> owned = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (Message m : messages) {
            if (claimed != null && claimed.take(m.id())) {
                owned.add(m.id());
            } else {
                ids.add(m.id());
            }
        }
        if (!ids.isEmpty()) {
            for (FlashEntry e : queue(scope).claim(scope.session().id(), "*", ids)) {
                owned.add(e.id());
            }
            Set<String> inRedis = request.inRedis;
            if (inRedis != null) {
                inRedis.removeAll(ids); // claimed here or by another request: gone from Redis either way
            }
        }
        return messages.stream().filter(m -> owned.contains(m.id())).toList();
    }

    @Override
    public String toString() {
        return "RedisMessageStorage[keyPrefix=" + keys.prefix() + "]";
    }

    private FlashQueue queue(RequestScope scope) {
        return new FlashQueue(connector, keys, scope.clock(), SAFETY_CAP, Counters.of(scope));
    }

    /** The entry of {@code m}; a targeted one waits for its target {@code targetWait} ms from its creation. */
    private static FlashEntry encode(Message m, long defaultExpiry, long targetWait) {
        long expiry = m.expiresAt() != null ? m.expiresAt().toEpochMilli() : defaultExpiry;
        String payload = new String(MessageCodec.toJson(m), StandardCharsets.UTF_8);
        long count = Math.max(1, Coalescer.count(m)); // the scripts' cap counts every entry as one message at least
        long waitUntil = m.target() == null ? 0 : m.createdAt().toEpochMilli() + targetWait;
        return new FlashEntry(m.id(), m.target(), expiry, m.level().value(), count, false, payload, waitUntil);
    }

    private static Message decode(FlashEntry entry) {
        Message m = Json.read(entry.payload().getBytes(StandardCharsets.UTF_8), MAX_PAYLOAD_BYTES)
                .flatMap(MessageCodec::fromValue)
                .orElse(null);
        if (m == null || !entry.synthesized()) {
            return m;
        }
        // a summary the Redis cap made: the core's "+N more messages" entry at the highest merged level
        return Coalescer.summary(m.level(), entry.count())
                .id(entry.id())
                .createdAt(m.createdAt())
                .target(entry.target().isEmpty() ? null : entry.target())
                .expiresAt(Instant.ofEpochMilli(entry.expiresAt()))
                .build();
    }
}
