package dev.flashkit.redis;

import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Durations;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sessions in Redis, shared by every instance of an application: revocable, not limited by cookie
 * size, and the cookie carries only a random id ({@code family.secret}: 64 + 192 random bits; the
 * family is kept by {@code rotate()}, so a session stays in one Redis Cluster slot). Keys are a
 * prefix plus SHA-256 digests of the family and the id, so a key dump reveals no live id. Saves write only what changed, together with the TTL
 * and an existence check in one atomic script, so concurrent requests changing different keys all
 * persist and a session deleted by one request (logout) is never brought back by another's save.
 * {@link dev.flashkit.session.Session#rotate()} renames the session atomically; the old id stops
 * working at once. A request costs at most one round trip to load (session and flash messages
 * together, claiming those it may display) and one to save (session and flash messages together).
 *
 * <pre>{@code
 * RedisSessionStore store = RedisSessionStore.builder("redis://localhost:6379/0").build();
 * FlashkitConfig config = FlashkitConfig.fromEnvironment()
 *         .sessionStore(store)
 *         .messageStorage(store.messageStorage()) // flash messages delivered exactly once
 *         .build();
 * }</pre>
 *
 * <p>A Redis Cluster is configured with a {@code redis-cluster://} URI listing seed nodes, e.g.
 * {@code redis-cluster://:password@node1:6379,node2:6379,node3:6379} ({@code rediss-cluster://} for
 * TLS).
 *
 * <p>When Redis is unreachable or slower than the command timeout, {@link #load} and {@link #save}
 * throw {@link dev.flashkit.session.SessionStoreException} after at most that timeout; they never
 * hang (map it to a 503). Close the store on shutdown. See {@code docs/redis.md}.
 */
public final class RedisSessionStore implements SessionStore, AutoCloseable {
    /** Default key prefix. */
    public static final String DEFAULT_KEY_PREFIX = "flashkit:session:";
    /** Default time a single Redis command may take before the request fails. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private final RedisConnector connector;
    private final boolean cluster;
    private final SessionKeys keys;
    private final SessionCommands commands;
    private final Duration commandTimeout;
    private final RedisMessageStorage messageStorage;

    private RedisSessionStore(Builder b) {
        this.commandTimeout = b.commandTimeout;
        this.cluster = b.target.isCluster();
        this.connector = cluster
                ? RedisConnector.cluster(b.target.clusterSeeds(), b.commandTimeout)
                : new RedisConnector(b.target.single(), b.commandTimeout);
        this.keys = new SessionKeys(b.keyPrefix);
        this.commands = new SessionCommands(connector, keys);
        FlashQueue.loadScripts(); // now, never on a request's (event-loop) thread
        this.messageStorage = new RedisMessageStorage(connector, keys, this, b.commandTimeout);
    }

    /**
     * Starts configuring a store for a Redis URI, e.g. {@code redis://localhost:6379/0},
     * {@code rediss://:password@host:6380/0} (TLS),
     * {@code redis-sentinel://sentinel1:26379,sentinel2:26379/0#mymaster} or, for a Redis Cluster,
     * {@code redis-cluster://node1:6379,node2:6379,node3:6379} (seed nodes; the rest is discovered).
     */
    public static Builder builder(String redisUri) {
        return new Builder(redisUri);
    }

    /**
     * {@code family.secret}: a new family (64 random bits) for a new session, the previous id's family
     * for a rotated one, and a fresh 192-bit secret either way.
     */
    @Override
    public String newId(String previousId) {
        return SessionIds.next(previousId);
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        return load(cookieValue, null, null, 0);
    }

    /**
     * Loads the session and its flash list in one round trip and keeps the list in the request's scope for
     * the message storage; when this store's {@link #messageStorage()} is installed and the request may display
     * messages ({@link RequestScope#claimTarget()}), the same script claims those it may display, and the
     * message storage holds them for the request.
     */
    @Override
    public Optional<SessionData> load(String cookieValue, RequestScope scope) {
        return load(cookieValue, scope, claimTarget(scope), scope.clock().millis());
    }

    private String claimTarget(RequestScope scope) {
        return scope.messageStorage() == messageStorage ? scope.claimTarget().orElse(null) : null;
    }

    private Optional<SessionData> load(String cookieValue, RequestScope scope, String target, long now) {
        if (!isUsable(cookieValue)) {
            return Optional.empty(); // garbage never reaches Redis
        }
        Counters counters = scope == null ? new Counters() : Counters.of(scope);
        StoredSession stored =
                RedisCalls.call(connector, "load a session", () -> commands.load(cookieValue, target, now, counters));
        return loaded(stored, scope);
    }

    /** Always: the async methods run on Lettuce's asynchronous API and never wait. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    /**
     * {@link #load(String, RequestScope)} on Lettuce's asynchronous API: the same script and round trip; the
     * stage fails with {@link dev.flashkit.session.SessionStoreException} when Redis fails or is slower than the
     * command timeout.
     */
    @Override
    public CompletionStage<Optional<SessionData>> loadAsync(String cookieValue, RequestScope scope) {
        if (!isUsable(cookieValue)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        boolean request = scope != null; // outside a request: no claim, as load(cookieValue)
        return commands.loadAsync(
                        cookieValue,
                        request ? claimTarget(scope) : null,
                        request ? scope.clock().millis() : 0,
                        request ? Counters.of(scope) : new Counters(),
                        commandTimeout)
                .thenApply(stored -> loaded(stored, scope));
    }

    /** The session data of what the load script read; leaves the flash list in the request's scope. */
    private Optional<SessionData> loaded(StoredSession stored, RequestScope scope) {
        if (stored == null) {
            return Optional.empty();
        }
        if (scope != null) {
            FlashRequest.of(scope).readWithSession = stored.flash(); // the message storage takes them from here
            if (!stored.claimed().isEmpty()) {
                FlashRequest.hold(
                        scope,
                        stored.id(),
                        stored.flash(),
                        stored.claimed(),
                        flashQueue(scope.clock(), RedisMessageStorage.SAFETY_CAP, Counters.of(scope)));
            }
        }
        return Optional.of(stored.toSessionData());
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        return save(session, changes, timeToLive, null);
    }

    /**
     * One script call: the session delta and, when this request's message storage left one in the scope,
     * the flash-list change too ({@link SaveCall}).
     */
    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        SaveCall call = saveCall(session, changes, timeToLive, scope);
        SessionCommands.Status status = RedisCalls.call(connector, "save a session", () -> switch (call.mode()) {
            case "create" -> commands.create(call.stored(), call.ttlMillis(), call.flash(), call.counters());
            case "rotate" ->
                commands.rotate(
                        call.oldId(), call.stored(), call.delta(), call.ttlMillis(), call.flash(), call.counters());
            default -> commands.update(call.stored(), call.delta(), call.ttlMillis(), call.flash(), call.counters());
        });
        return call.result(status);
    }

    /** {@link #save(SessionData, SessionChanges, Duration, RequestScope)} on Lettuce's asynchronous API. */
    @Override
    public CompletionStage<Optional<String>> saveAsync(
            SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        SaveCall call;
        try {
            call = saveCall(session, changes, timeToLive, scope);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return commands.saveAsync(call, commandTimeout).thenApply(call::result);
    }

    private SaveCall saveCall(SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        if (cluster) {
            SaveCall.checkClusterIds(session.id(), changes.previousId());
        }
        return SaveCall.of(session, changes, timeToLive.toMillis(), scope);
    }

    @Override
    public void delete(String id) {
        if (isUsable(id)) {
            RedisCalls.call(connector, "delete a session", () -> {
                commands.delete(id);
                return null;
            });
        }
    }

    /** {@link #delete(String)} on Lettuce's asynchronous API (one DEL). */
    @Override
    public CompletionStage<Void> deleteAsync(String id, RequestScope scope) {
        return isUsable(id) ? commands.deleteAsync(id, commandTimeout) : CompletableFuture.completedFuture(null);
    }

    /** Closes the Redis connection and the client's threads. */
    @Override
    public void close() {
        connector.close();
    }

    /** Shows the key prefix and timeout; never the URI (it may hold a password). */
    @Override
    public String toString() {
        return "RedisSessionStore[keyPrefix=" + keys.prefix() + ", commandTimeout=" + commandTimeout + "]";
    }

    /**
     * Flash-message storage in this Redis, next to each session, with exactly-once delivery across
     * parallel requests and nodes. Install it with {@code FlashkitConfig.Builder#messageStorage}
     * together with this store as the session store.
     */
    public MessageStorage messageStorage() {
        return messageStorage;
    }

    // Package-private: the flash queue shares this store's connection and key layout.
    FlashQueue flashQueue(java.time.Clock clock, int maxBacklog, Counters counters) {
        return new FlashQueue(connector, keys, clock, maxBacklog, counters);
    }

    // Package-private: tests count the commands (round trips) this store sends.
    void addCommandListener(io.lettuce.core.event.command.CommandListener listener) {
        connector.addCommandListener(listener);
    }

    /**
     * Whether a cookie value can name a session here: well-formed, and in a cluster with a family (a
     * legacy one-part id is unknown there). Anything else never reaches Redis.
     */
    private boolean isUsable(String id) {
        return cluster ? SessionIds.family(id) != null : SessionIds.isWellFormed(id);
    }

    /** Configures a {@link RedisSessionStore}; {@link #build()} validates. */
    public static final class Builder {
        private final RedisTarget target;
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;

        private Builder(String redisUri) {
            this.target = RedisTarget.parse(redisUri);
        }

        /** Prefix of every key this store writes (default {@code flashkit:session:}). */
        public Builder keyPrefix(String keyPrefix) {
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            if (keyPrefix.isBlank() || keyPrefix.indexOf('{') >= 0 || keyPrefix.indexOf('}') >= 0) {
                throw new IllegalArgumentException("keyPrefix must not be blank or contain '{' or '}'");
            }
            this.keyPrefix = keyPrefix;
            return this;
        }

        /** Longest a single Redis command may take before the request fails (default 2 s). */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = Durations.requirePositive(commandTimeout, "commandTimeout");
            return this;
        }

        /** The store; connects lazily on first use, so the application can start before Redis. */
        public RedisSessionStore build() {
            return new RedisSessionStore(this);
        }
    }
}
