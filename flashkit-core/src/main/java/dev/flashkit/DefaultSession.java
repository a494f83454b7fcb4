package dev.flashkit;

import dev.flashkit.FlashkitMetrics.StoreOperation;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.JsonValues;
import dev.flashkit.internal.Stages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The session of one request: loads lazily from the store on first use, tracks what changed, and at
 * commit tells the context which cookie to write. Not thread-safe (one request).
 */
final class DefaultSession implements Session {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.session");

    /** What {@link #commit} decided for the cookie. */
    sealed interface Outcome {}

    record Unchanged() implements Outcome {}

    record Write(String value, Duration maxAge) implements Outcome {}

    record Delete() implements Outcome {}

    final SessionStore store;
    final FlashkitConfig config;
    final String cookieValue;
    final RequestScope scope;

    boolean loaded;
    /** Whether the application used it in this request (a load by {@link #loadAsync} alone is not a use). */
    private boolean used;

    private SessionStoreException loadFailure;
    boolean committed;
    boolean isNew;
    boolean needsRewrite;
    String id;
    long generation;
    Instant createdAt;
    Instant lastAccessedAt;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final Map<String, Object> updated = new LinkedHashMap<>();
    final Set<String> removed = new LinkedHashSet<>();
    boolean cleared;
    String previousId;
    final List<String> deletedIds = new ArrayList<>();

    /** The store's failure to load this session, if it failed (see {@link RequestContext#storeFailure()}). */
    SessionStoreException loadFailure() {
        return loadFailure;
    }

    DefaultSession(SessionStore store, FlashkitConfig config, String cookieValue, RequestScope scope) {
        this.store = store;
        this.config = config;
        this.cookieValue = cookieValue;
        this.scope = scope;
    }

    private void load() {
        used = true;
        loadNow();
    }

    private void loadNow() {
        if (loadFailure != null) {
            throw loadFailure; // the store failed for this request: the session stays unusable, never half-loaded
        }
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<SessionData> data;
        try {
            data = cookieValue == null ? Optional.empty() : store.load(cookieValue, scope);
        } catch (SessionStoreException e) {
            loadFailure = e;
            Counters.of(scope).storeFailure(StoreOperation.LOAD);
            throw e;
        }
        apply(data);
    }

    /**
     * Loads the session through {@link SessionStore#loadAsync}, for the non-blocking path: afterwards every use
     * of the session works in memory. Without a session cookie (or when already loaded) the store is not asked.
     * A store failure is kept as the load failure and fails the stage.
     */
    CompletionStage<Void> loadAsync() {
        if (loaded || loadFailure != null || cookieValue == null) {
            loadNow();
            return Stages.done();
        }
        return store.loadAsync(cookieValue, scope).handle((data, failure) -> {
            if (loaded) {
                return null;
            }
            loaded = true;
            if (failure != null) {
                Throwable cause = Stages.unwrap(failure);
                loadFailure = cause instanceof SessionStoreException e
                        ? e
                        : new SessionStoreException("the session store failed to load a session", cause);
                Counters.of(scope).storeFailure(StoreOperation.LOAD);
                throw loadFailure;
            }
            apply(data);
            return null;
        });
    }

    private void apply(Optional<SessionData> data) {
        Instant now = config.clock().instant();
        if (data.isPresent() && SessionTimes.isLive(config, data.get(), now)) {
            SessionData d = data.get();
            id = d.id();
            generation = d.generation();
            createdAt = d.createdAt();
            lastAccessedAt = d.lastAccessedAt();
            attributes.putAll(d.attributes());
            needsRewrite = d.needsRewrite();
            isNew = false;
            return;
        }
        if (cookieValue != null) {
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: ignored an invalid or expired session cookie");
            Counters.of(scope).invalidSessionCookie();
            data.ifPresent(d -> deletedIds.add(d.id()));
        }
        startNew(now);
    }

    private void startNew(Instant now) {
        isNew = true;
        id = store.newId(null);
        generation = 0;
        createdAt = now;
        lastAccessedAt = now;
        attributes.clear();
        updated.clear();
        removed.clear();
        cleared = false;
        previousId = null;
        needsRewrite = false;
    }

    private void checkOpen() {
        if (committed) {
            throw new IllegalStateException("the session was already committed with the response; change it before the"
                    + " response is sent (e.g. before writing the body or redirecting)");
        }
        load();
    }

    @Override
    public String id() {
        load();
        return id;
    }

    @Override
    public boolean isNew() {
        load();
        return isNew;
    }

    @Override
    public Instant createdAt() {
        load();
        return createdAt;
    }

    @Override
    public Object get(String key) {
        load();
        return attributes.get(key);
    }

    @Override
    public <T> Optional<T> get(String key, Class<T> type) {
        Object value = get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("session value '" + key + "' is a "
                    + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return Optional.of(type.cast(value));
    }

    @Override
    public Session put(String key, Object value) {
        Objects.requireNonNull(key, "key must not be null");
        Object normalized = JsonValues.normalize(key, value);
        checkOpen();
        if (attributes.containsKey(key) && Objects.equals(attributes.get(key), normalized)) {
            return this;
        }
        attributes.put(key, normalized);
        updated.put(key, normalized);
        removed.remove(key);
        return this;
    }

    @Override
    public Object remove(String key) {
        checkOpen();
        if (!attributes.containsKey(key)) {
            return null;
        }
        updated.remove(key);
        removed.add(key);
        return attributes.remove(key);
    }

    @Override
    public void clear() {
        checkOpen();
        if (attributes.isEmpty()) {
            return;
        }
        attributes.clear();
        updated.clear();
        removed.clear();
        cleared = true;
    }

    @Override
    public boolean contains(String key) {
        load();
        return attributes.containsKey(key);
    }

    @Override
    public Set<String> keys() {
        load();
        return Set.copyOf(new LinkedHashSet<>(attributes.keySet()));
    }

    @Override
    public Map<String, Object> asMap() {
        load();
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public void rotate() {
        checkOpen();
        if (!isNew && previousId == null) {
            previousId = id;
        }
        id = store.newId(id);
        generation++;
    }

    @Override
    public void invalidate() {
        checkOpen();
        if (!isNew) {
            deletedIds.add(previousId != null ? previousId : id);
        }
        startNew(config.clock().instant());
    }

    /** Whether the session was loaded in this request (else commit has nothing to do). */
    boolean isLoaded() {
        return loaded;
    }

    /**
     * Whether the application (or a storage, at commit) used the session in this request: what makes the response
     * vary on the cookie, and on the non-blocking path what makes the commit save it. A session {@link
     * RequestContext#prepare() prepared} for a handler that never touched it was loaded, not used.
     */
    boolean isUsed() {
        return used;
    }

    /** Forgets the uses so far: what {@link RequestContext#prepare()} read on the application's behalf. */
    void forgetUse() {
        used = false;
    }

    /** The current state as the store sees it (for size estimates); loads the session. */
    SessionData snapshot() {
        load();
        return new SessionData(id, generation, createdAt, lastAccessedAt, attributes, false);
    }

    /** Saves or deletes as needed and says what to do with the cookie; idempotent. {@code saveRequested}: see
     * {@link RequestScope#saveSessionAtCommit()}. */
    Outcome commit(boolean saveRequested) {
        return SessionCommit.commit(this, saveRequested);
    }

    /** {@link #commit} through the store's async methods, for the non-blocking path. */
    CompletionStage<Outcome> commitAsync(boolean saveRequested) {
        return SessionCommit.commitAsync(this, saveRequested);
    }

    @Override
    public String toString() {
        return loaded ? "Session[new=" + isNew + ", keys=" + attributes.keySet() + "]" : "Session[not loaded]";
    }
}
