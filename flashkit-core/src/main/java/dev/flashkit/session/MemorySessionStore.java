package dev.flashkit.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.flashkit.FlashkitConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sessions in this process's memory (a bounded Caffeine cache): fast and revocable, but single-node and
 * lost on restart — fine for development and single-instance apps; Flashkit logs a warning when it is
 * used in production mode. The cookie carries only the random session id. Saves merge the delta, so
 * concurrent requests writing different keys all persist, and a save never resurrects a deleted session.
 */
public final class MemorySessionStore implements SessionStore {
    private static final System.Logger LOG = System.getLogger(MemorySessionStore.class.getName());

    private final Cache<String, Entry> sessions;
    private final long maximumSessions;

    private record Entry(SessionData data, long ttlNanos) {}

    private MemorySessionStore(long maximumSessions, Clock clock) {
        this.maximumSessions = maximumSessions;
        Ticker ticker = clock == null ? Ticker.systemTicker() : () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.sessions = Caffeine.newBuilder()
                .maximumSize(maximumSessions)
                .ticker(ticker)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry value, long currentTime) {
                        return value.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
                        return value.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** A store holding at most {@code maximumSessions} sessions (least recently used are evicted first). */
    public static MemorySessionStore create(long maximumSessions) {
        return create(maximumSessions, null);
    }

    /** Like {@link #create(long)}, with the clock that drives expiry ({@code null} = system time). */
    public static MemorySessionStore create(long maximumSessions, Clock clock) {
        if (maximumSessions <= 0) {
            throw new IllegalArgumentException("maximumSessions must be positive");
        }
        return new MemorySessionStore(maximumSessions, clock);
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 64) {
            return Optional.empty();
        }
        Entry entry = sessions.getIfPresent(cookieValue);
        return entry == null ? Optional.empty() : Optional.of(entry.data());
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        long ttl = Math.max(1, timeToLive.toNanos());
        if (changes.previousId() != null && sessions.asMap().remove(changes.previousId()) == null) {
            return Optional.empty(); // invalidated concurrently: never resurrect it under a new id
        }
        Entry saved = sessions.asMap().compute(session.id(), (id, old) -> {
            if (old == null && !changes.isNew() && changes.previousId() == null) {
                return null; // deleted meanwhile: do not resurrect
            }
            if (old == null || changes.previousId() != null) {
                return new Entry(session, ttl);
            }
            Map<String, Object> merged = new LinkedHashMap<>(
                    changes.cleared() ? Map.of() : old.data().attributes());
            changes.removed().forEach(merged::remove);
            merged.putAll(changes.updated());
            return new Entry(
                    new SessionData(
                            id, session.generation(), session.createdAt(), session.lastAccessedAt(), merged, false),
                    ttl);
        });
        return saved == null ? Optional.empty() : Optional.of(session.id());
    }

    @Override
    public void delete(String id) {
        if (id != null) {
            sessions.invalidate(id);
        }
    }

    /** Sessions currently held (approximate until Caffeine's maintenance runs). */
    public long size() {
        return sessions.estimatedSize();
    }

    @Override
    public void onInstall(FlashkitConfig config) {
        if (config.isProduction()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: MemorySessionStore in production keeps sessions in this process only: they are lost "
                            + "on restart and not shared between instances. Use the cookie store or RedisSessionStore "
                            + "for multi-node deployments.");
        }
    }

    /** Always: this process's memory, no I/O. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    @Override
    public String toString() {
        return "MemorySessionStore[maximumSessions=" + maximumSessions + "]";
    }
}
