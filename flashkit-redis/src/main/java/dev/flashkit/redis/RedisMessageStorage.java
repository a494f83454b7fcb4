package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.Counters;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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

    private final RedisConnector connector;
    private final SessionKeys keys;
    private final SessionStore owner;
    private final Duration commandTimeout;

    RedisMessageStorage(RedisConnector connector, SessionKeys keys, SessionStore owner, Duration commandTimeout) {
        this.connector = connector;
        this.keys = keys;
        this.owner = owner;
        this.commandTimeout = commandTimeout;
    }

    /**
     * Reads no Redis of its own when the session comes from the owning store: that store's load read
     * the flash list together with the session (one round trip) and left it in the request's scope.
     */
    @Override
    public List<Message> load(RequestScope scope) {
        List<FlashEntry> entries = readWithSession(scope);
        return entries != null
                ? messages(scope, entries)
                : messages(scope, queue(scope).peek(scope.session().id(), "*"));
    }

    /** Always: with the owning session store it works in memory, otherwise on Lettuce's asynchronous API. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    /** {@link #load} on the asynchronous API: no round trip when the session's load read the list. */
    @Override
    public CompletionStage<List<Message>> loadAsync(RequestScope scope) {
        List<FlashEntry> entries;
        try {
            entries = readWithSession(scope);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return entries != null
                ? CompletableFuture.completedFuture(messages(scope, entries))
                : async(scope).peek(scope.session().id(), "*").thenApply(read -> messages(scope, read));
    }

    /** The entries this request's load needs without a round trip, or {@code null} when the list must be read. */
    private List<FlashEntry> readWithSession(RequestScope scope) {
        FlashkitConfig config = scope.config();
        if (scope.cookie(config.sessionCookieName()) == null) {
            return List.of(); // no session, no messages: never create a session just to look
        }
        Session session = scope.session();
        FlashRequest request = FlashRequest.of(scope);
        if (owns(config) && (session.isNew() || (!request.stored && request.readWithSession == null))) {
            return List.of(); // the store's load found no session
        } else if (owns(config) && !request.stored) {
            return FlashQueue.live(request.readWithSession, config.clock().millis(), "*");
        }
        return null; // another session store, or this request already stored a change: read the list
    }

    private List<Message> messages(RequestScope scope, List<FlashEntry> entries) {
        FlashRequest request = FlashRequest.of(scope);
        HeldFlash claimed = request.held;
        List<Message> messages = new ArrayList<>();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        for (FlashEntry entry : entries) {
            Message m = FlashCodec.decode(entry);
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
        FlashDelta delta = change(scope, messages);
        if (delta != null) {
            queue(scope).update(scope.session().id(), delta);
        }
        return List.of();
    }

    /** {@link #store} on the asynchronous API: no round trip with the owning session store (its save writes). */
    @Override
    public CompletionStage<List<Message>> storeAsync(RequestScope scope, List<Message> messages) {
        FlashDelta delta;
        try {
            delta = change(scope, messages);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return delta == null
                ? CompletableFuture.completedFuture(List.of())
                : async(scope).update(scope.session().id(), delta).thenApply(merged -> List.of());
    }

    /**
     * This request's change; kept in the scope for the owning store's save (then {@code null}), else returned
     * for this storage to write; {@code null} when nothing changes.
     */
    private FlashDelta change(RequestScope scope, List<Message> messages) {
        FlashkitConfig config = scope.config();
        FlashRequest request = FlashRequest.of(scope);
        Set<String> before = request.inRedis;
        HeldFlash claimed = request.held;
        request.inRedis = null;
        request.held = null;
        boolean hasCookie = scope.cookie(config.sessionCookieName()) != null;
        if (messages.isEmpty() && (before == null ? !hasCookie : before.isEmpty()) && claimed == null) {
            return null; // nothing stored before, nothing to store now
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
                append.add(FlashCodec.encode(m, defaultExpiry, targetWait));
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
            return null;
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
            return null;
        }
        if (!messages.isEmpty() && !session.contains(MARKER)) {
            session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
        }
        return delta;
    }

    private boolean owns(FlashkitConfig config) {
        return config.sessionStore() == owner;
    }

    /** Messages claimed with the session load are this request's already; the others are claimed now. */
    @Override
    public List<Message> claim(RequestScope scope, List<Message> messages) {
        Set<String> owned = new HashSet<>();
        List<String> ids = takeHeld(scope, messages, owned);
        if (!ids.isEmpty()) {
            claimed(scope, ids, queue(scope).claim(scope.session().id(), "*", ids), owned);
        }
        return messages.stream().filter(m -> owned.contains(m.id())).toList();
    }

    /** {@link #claim} on the asynchronous API: no round trip for messages claimed with the session load. */
    @Override
    public CompletionStage<List<Message>> claimAsync(RequestScope scope, List<Message> messages) {
        Set<String> owned = new HashSet<>();
        List<String> ids = takeHeld(scope, messages, owned);
        if (ids.isEmpty()) {
            return CompletableFuture.completedFuture(
                    messages.stream().filter(m -> owned.contains(m.id())).toList());
        }
        return async(scope).claim(scope.session().id(), "*", ids).thenApply(entries -> {
            claimed(scope, ids, entries, owned);
            return messages.stream().filter(m -> owned.contains(m.id())).toList();
        });
    }

    /** Adds the held messages among {@code messages} to {@code owned}; returns the ids still to claim in Redis. */
    private static List<String> takeHeld(RequestScope scope, List<Message> messages, Set<String> owned) {
        if (messages.isEmpty()) {
            return List.of();
        }
        HeldFlash claimed = FlashRequest.of(scope).held;
        List<String> ids = new ArrayList<>();
        for (Message m : messages) {
            if (claimed != null && claimed.take(m.id())) {
                owned.add(m.id());
            } else {
                ids.add(m.id());
            }
        }
        return ids;
    }

    private static void claimed(RequestScope scope, List<String> ids, List<FlashEntry> entries, Set<String> owned) {
        for (FlashEntry e : entries) {
            owned.add(e.id());
        }
        Set<String> inRedis = FlashRequest.of(scope).inRedis;
        if (inRedis != null) {
            inRedis.removeAll(ids); // claimed here or by another request: gone from Redis either way
        }
    }

    /** Puts back what the failed request claimed with its session, on the asynchronous API (one script). */
    @Override
    public CompletionStage<Void> abandonAsync(RequestScope scope) {
        return FlashRequest.releaseAsync(scope, async(scope));
    }

    @Override
    public String toString() {
        return "RedisMessageStorage[keyPrefix=" + keys.prefix() + "]";
    }

    private FlashQueue queue(RequestScope scope) {
        return new FlashQueue(connector, keys, scope.clock(), SAFETY_CAP, Counters.of(scope));
    }

    private AsyncFlashCommands async(RequestScope scope) {
        return new AsyncFlashCommands(connector, keys, scope.clock(), Counters.of(scope), commandTimeout);
    }
}
