package dev.flashkit.webflux;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.util.Optional;

/**
 * A store that blocks the way a JDBC store does (it sleeps a millisecond in every call, which BlockHound counts as
 * blocking) and says so: {@code isNonBlocking()} is {@code false}, the default. Sessions live in memory.
 */
final class SleepingSessionStore implements SessionStore {
    private final SessionStore sessions = MemorySessionStore.create(1_000);

    private static void block() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        block();
        return sessions.load(cookieValue);
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        block();
        return sessions.save(session, changes, timeToLive);
    }

    @Override
    public void delete(String id) {
        block();
        sessions.delete(id);
    }

    @Override
    public int cookieValueLength(SessionData session) {
        return sessions.cookieValueLength(session);
    }

    @Override
    public void onInstall(FlashkitConfig config) {
        sessions.onInstall(config);
    }
}
