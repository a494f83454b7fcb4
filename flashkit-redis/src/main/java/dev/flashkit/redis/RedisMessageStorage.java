package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.Json;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
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
 */
final class RedisMessageStorage implements MessageStorage {
    /** Session attribute that keeps a session with pending messages alive (and its cookie issued). */
    static final String MARKER = "_flashkit.redisFlash";

    private static final int SAFETY_CAP = 1000;
    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final RedisConnector connector;
    private final SessionKeys keys;
    /**
     * Ids each request loaded and still holds in Redis (claimed ones are gone already), by its
     * exchange: one object per request, held weakly, so an aborted request leaves nothing behind.
     */
    private final Map<Exchange, Set<String>> loaded = Collections.synchronizedMap(new WeakHashMap<>());

    RedisMessageStorage(RedisConnector connector, SessionKeys keys) {
        this.connector = connector;
        this.keys = keys;
    }

    @Override
    public List<Message> load(Exchange exchange) {
        RequestContext context = RequestContext.of(exchange);
        FlashkitConfig config = context.flashkit().config();
        if (exchange.cookie(config.sessionCookieName()) == null) {
            return List.of(); // no session, no messages: never create a session just to look
        }
        String sessionId = context.session().id();
        List<Message> messages = new ArrayList<>();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        for (FlashEntry entry : queue(config).peek(sessionId, "*")) {
            Message m = decode(entry);
            if (m != null) {
                messages.add(m);
                ids.add(m.id());
            }
        }
        loaded.put(exchange, ids);
        return messages;
    }

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
        if (!messages.isEmpty() && !session.contains(MARKER)) {
            session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
        }
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
        FlashQueue queue = queue(config);
        if (before == null) { // the request did not load: the list is replaced, as the SPI says
            queue.replace(session.id(), append);
        } else {
            Set<String> remove = new LinkedHashSet<>(before);
            remove.removeAll(kept);
            queue.update(session.id(), remove, append);
        }
        loaded.put(exchange, kept);
        return List.of();
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
        return new FlashEntry(m.id(), m.target(), expiry, payload);
    }

    private static Message decode(FlashEntry entry) {
        return Json.read(entry.payload().getBytes(StandardCharsets.UTF_8), MAX_PAYLOAD_BYTES)
                .flatMap(MessageCodec::fromValue)
                .orElse(null);
    }
}
