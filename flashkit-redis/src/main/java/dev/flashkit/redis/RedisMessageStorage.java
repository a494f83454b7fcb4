package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.Json;
import dev.flashkit.messages.Coalescer;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.Exchange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Flash messages in Redis next to the session ({@link RedisSessionStore#messageStorage()}), delivered
 * exactly once: a message leaves the list in one atomic step for the one request that shows it, so when
 * parallel requests of one client (tabs, nodes) try to show the same message, only one gets it. With its
 * own {@link RedisSessionStore} as the session store, the session load claims the messages a request may
 * display ({@link dev.flashkit.RequestContext#claimTarget()}) in the same round trip; this storage holds
 * them for the request ({@link #holds}), {@link #claim} hands them out without a round trip, and what the
 * request did not display goes back at its place with the commit (in the session save, or in one
 * put-back script) or when the request fails ({@link #release}). Other messages are claimed by a script
 * at display time. At commit only this request's changes are written (shown or dropped messages removed,
 * new ones appended), so messages another request added or claimed meanwhile are neither lost nor shown
 * again; the session save applies the change in the same script.
 */
final class RedisMessageStorage implements MessageStorage {
    /**
     * Session attribute that keeps a session with pending messages alive (and its cookie issued). Redis
     * stores {@code true}; in a request it carries the flash entries the session load read (a list) and,
     * after {@link #store}, this request's pending change for the session save (a {@link FlashDelta}).
     */
    static final String MARKER = "_flashkit.redisFlash";

    /**
     * Safety cap of entries per session: Flashkit caps the backlog each request sees, so only many
     * concurrent writers can exceed it; then the scripts merge instead of dropping.
     */
    static final int SAFETY_CAP = 1000;

    private static final System.Logger LOG = System.getLogger(RedisMessageStorage.class.getName());
    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final RedisConnector connector;
    private final SessionKeys keys;
    /**
     * Ids each request loaded and still holds in Redis (claimed ones are gone already), by its
     * exchange: one object per request, held weakly, so an aborted request leaves nothing behind.
     */
    private final Map<Exchange, Set<String>> loaded = Collections.synchronizedMap(new WeakHashMap<>());
    /** Entries each request's session load claimed and the request has not displayed yet, likewise. */
    private final Map<Exchange, HeldFlash> held = Collections.synchronizedMap(new WeakHashMap<>());

    private final SessionStore owner;

    RedisMessageStorage(RedisConnector connector, SessionKeys keys, SessionStore owner) {
        this.connector = connector;
        this.keys = keys;
        this.owner = owner;
    }

    /**
     * Reads no Redis of its own when the session comes from the owning store: that store's load read
     * the flash list together with the session (one round trip) and handed it over as the marker value.
     */
    @Override
    public List<Message> load(Exchange exchange) {
        RequestContext context = RequestContext.of(exchange);
        FlashkitConfig config = context.flashkit().config();
        if (exchange.cookie(config.sessionCookieName()) == null) {
            return List.of(); // no session, no messages: never create a session just to look
        }
        Session session = context.session();
        List<FlashEntry> entries;
        Object snapshot = session.isNew() ? null : session.get(MARKER);
        if (owns(config) && (session.isNew() || snapshot == null)) {
            entries = List.of(); // the store's load found no flash entries (or no session at all)
        } else if (owns(config) && snapshot instanceof List<?> raws) {
            entries = FlashQueue.live(
                    raws.stream().map(String::valueOf).toList(), config.clock().millis(), "*");
        } else { // another session store, or this request already stored a change: read the list
            entries = queue(config).peek(session.id(), "*");
        }
        HeldFlash claimed = held.get(exchange);
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
        loaded.put(exchange, ids);
        return messages;
    }

    /**
     * Computes this request's change (shown or dropped messages removed, new ones appended). With the
     * owning session store it is handed to the session save as the marker value, so the commit writes
     * session and messages in one script; otherwise it runs its own script.
     */
    @Override
    public List<Message> store(Exchange exchange, List<Message> messages) {
        RequestContext context = RequestContext.of(exchange);
        FlashkitConfig config = context.flashkit().config();
        Set<String> before = loaded.remove(exchange);
        HeldFlash claimed = held.remove(exchange);
        boolean hasCookie = exchange.cookie(config.sessionCookieName()) != null;
        if (messages.isEmpty() && (before == null ? !hasCookie : before.isEmpty()) && claimed == null) {
            return List.of(); // nothing stored before, nothing to store now
        }
        Session session = context.session();
        Instant now = config.clock().instant();
        long defaultExpiry = now.plus(config.sessionMaxAge()).toEpochMilli();
        List<FlashEntry> append = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (Message m : messages) {
            kept.add(m.id());
            if (claimed != null && claimed.wasClaimed(m.id())) {
                continue; // claimed at load and kept (not displayed, keep(), 4xx): back at its place, or after a
                // logout nowhere
            }
            if (before == null || !before.contains(m.id())) {
                append.add(encode(m, defaultExpiry));
            }
        }
        List<FlashEntry> restore =
                claimed == null || before == null || session.isNew() ? List.of() : claimed.among(kept);
        Set<String> remove = new LinkedHashSet<>();
        if (before != null) {
            remove.addAll(before);
            remove.removeAll(kept);
        }
        loaded.put(exchange, kept);
        if (before != null && remove.isEmpty() && append.isEmpty() && restore.isEmpty()) {
            return List.of();
        }
        // before == null: the request did not load, so the list is replaced, as the SPI says
        FlashDelta delta = FlashQueue.delta(
                before == null, remove, restore, claimed == null ? List.of() : claimed.order(), append);
        if (owns(config)) {
            FlashDelta pending = FlashDelta.from(session.get(MARKER));
            session.put(MARKER, (pending == null ? delta : pending.then(delta)).toValue());
        } else {
            if (!messages.isEmpty() && !session.contains(MARKER)) {
                session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
            }
            queue(config).update(session.id(), delta);
        }
        return List.of();
    }

    private boolean owns(FlashkitConfig config) {
        return config.sessionStore() == owner;
    }

    /** Messages claimed with the session load are this request's already; the others are claimed now. */
    @Override
    public List<Message> claim(Exchange exchange, List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        HeldFlash claimed = held.get(exchange);
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
            RequestContext context = RequestContext.of(exchange);
            for (FlashEntry e :
                    queue(context.flashkit().config()).claim(context.session().id(), "*", ids)) {
                owned.add(e.id());
            }
            Set<String> inRedis = loaded.get(exchange);
            if (inRedis != null) {
                inRedis.removeAll(ids); // claimed here or by another request: gone from Redis either way
            }
        }
        return messages.stream().filter(m -> owned.contains(m.id())).toList();
    }

    /** Whether the session load claimed messages for this request that it has not displayed yet. */
    @Override
    public boolean holds(Exchange exchange) {
        HeldFlash claimed = held.get(exchange);
        return claimed != null && claimed.holdsUndisplayed();
    }

    /**
     * Puts back everything the failed request claimed with its session (one script) — also what its error
     * page displayed: like the built-in storages, a failed request consumes nothing.
     */
    @Override
    public void release(Exchange exchange) {
        loaded.remove(exchange);
        HeldFlash claimed = held.remove(exchange);
        if (claimed == null || claimed.claimed().isEmpty()) {
            return;
        }
        FlashkitConfig config = RequestContext.of(exchange).flashkit().config();
        try {
            queue(config)
                    .restore(
                            claimed.sessionId(),
                            FlashQueue.delta(false, List.of(), claimed.claimed(), claimed.order(), List.of()));
        } catch (SessionStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: could not put back the flash messages a failed request claimed; they are lost: "
                            + e.getMessage());
        }
    }

    /**
     * Called by the owning session store when its load claimed entries for this request: {@code live} are
     * the list's entries as loaded (in order), {@code claimedIds} those removed for the request.
     */
    void hold(Exchange exchange, String sessionId, List<String> live, List<String> claimedIds) {
        List<FlashEntry> entries = new ArrayList<>(live.size());
        for (String raw : live) {
            FlashEntry e = FlashQueue.decode(raw);
            if (e != null) {
                entries.add(e);
            }
        }
        held.put(exchange, new HeldFlash(sessionId, entries, Set.copyOf(claimedIds)));
    }

    /** Whether this storage is the one installed ({@code Flashkit.messageStorage()}): then the load may claim. */
    boolean isInstalled(MessageStorage installed) {
        return installed == this;
    }

    @Override
    public String toString() {
        return "RedisMessageStorage[keyPrefix=" + keys.prefix() + "]";
    }

    private FlashQueue queue(FlashkitConfig config) {
        return new FlashQueue(connector, keys, config.clock(), SAFETY_CAP);
    }

    private static FlashEntry encode(Message m, long defaultExpiry) {
        long expiry = m.expiresAt() != null ? m.expiresAt().toEpochMilli() : defaultExpiry;
        String payload = new String(MessageCodec.toJson(m), StandardCharsets.UTF_8);
        long count = Math.max(1, Coalescer.count(m)); // the scripts' cap counts every entry as one message at least
        return new FlashEntry(m.id(), m.target(), expiry, m.level().value(), count, false, payload);
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
