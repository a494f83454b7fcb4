package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.Json;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.MessageText;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
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
 * exactly once: {@link #claim} removes the messages a request displays in one atomic script, so when
 * parallel requests of one client (tabs, nodes) try to show the same message, only one gets it. At
 * commit only this request's changes are written (shown or dropped messages removed, new ones
 * appended), so messages another request added or claimed meanwhile are neither lost nor shown again.
 * With its own {@link RedisSessionStore} as the session store, loading and storing cost no extra round
 * trip: the session load reads the list too, and the session save applies the change.
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
    /** The core's "+N more messages" i18n key and tag (documented in docs/messages.md). */
    static final String MORE_KEY = "flashkit.messages.more";

    static final String MORE_TAG = "flashkit-more";
    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final RedisConnector connector;
    private final SessionKeys keys;
    /**
     * Ids each request loaded and still holds in Redis (claimed ones are gone already), by its
     * exchange: one object per request, held weakly, so an aborted request leaves nothing behind.
     */
    private final Map<Exchange, Set<String>> loaded = Collections.synchronizedMap(new WeakHashMap<>());

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
        List<Message> messages = new ArrayList<>();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        for (FlashEntry entry : entries) {
            Message m = decode(entry);
            if (m != null) {
                messages.add(m);
                ids.add(m.id());
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
        boolean hasCookie = exchange.cookie(config.sessionCookieName()) != null;
        if (messages.isEmpty() && (before == null ? !hasCookie : before.isEmpty())) {
            return List.of(); // nothing stored before, nothing to store now
        }
        Session session = context.session();
        Instant now = config.clock().instant();
        long defaultExpiry = now.plus(config.sessionMaxAge()).toEpochMilli();
        List<FlashEntry> append = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (Message m : messages) {
            kept.add(m.id());
            if (before == null || !before.contains(m.id())) {
                append.add(encode(m, defaultExpiry));
            }
        }
        Set<String> remove = new LinkedHashSet<>();
        if (before != null) {
            remove.addAll(before);
            remove.removeAll(kept);
        }
        loaded.put(exchange, kept);
        if (before != null && remove.isEmpty() && append.isEmpty()) {
            return List.of();
        }
        // before == null: the request did not load, so the list is replaced, as the SPI says
        FlashDelta delta = FlashQueue.delta(before == null, remove, append);
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

    @Override
    public List<Message> claim(Exchange exchange, List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        RequestContext context = RequestContext.of(exchange);
        List<String> ids = messages.stream().map(Message::id).toList();
        Set<String> owned = new HashSet<>();
        for (FlashEntry e :
                queue(context.flashkit().config()).claim(context.session().id(), "*", ids)) {
            owned.add(e.id());
        }
        Set<String> held = loaded.get(exchange);
        if (held != null) {
            held.removeAll(ids); // claimed here or by another request: gone from Redis either way
        }
        return messages.stream().filter(m -> owned.contains(m.id())).toList();
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
        return new FlashEntry(m.id(), m.target(), expiry, m.level().value(), summaryCount(m), false, payload);
    }

    /** How many messages {@code m} stands for: N for the core's "+N more messages" entry, else 1. */
    private static long summaryCount(Message m) {
        if (m.text().kind() == MessageText.Kind.KEY
                && MORE_KEY.equals(m.text().value())
                && !m.text().args().isEmpty()
                && m.text().args().get(0) instanceof Number n) {
            return Math.max(1, n.longValue());
        }
        return 1;
    }

    private static Message decode(FlashEntry entry) {
        Message m = Json.read(entry.payload().getBytes(StandardCharsets.UTF_8), MAX_PAYLOAD_BYTES)
                .flatMap(MessageCodec::fromValue)
                .orElse(null);
        if (m == null || !entry.synthesized()) {
            return m;
        }
        // a summary the Redis cap made: the core's "+N more messages" entry at the highest merged level
        return new Message(
                entry.id(),
                m.level(),
                MessageText.key(MORE_KEY, entry.count()),
                MORE_TAG,
                null,
                null,
                null,
                m.createdAt(),
                entry.target().isEmpty() ? null : entry.target(),
                Instant.ofEpochMilli(entry.expiresAt()));
    }
}
