package dev.flashkit.adaptertests;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import java.time.Duration;
import java.util.Optional;

/**
 * A working in-memory session store that can be switched to fail the way an unreachable Redis does: every
 * load, or every save and delete, throws {@link SessionStoreException}. Switching back heals it with its
 * sessions intact, like Redis returning.
 */
public final class FailingSessionStore implements SessionStore {
    private final SessionStore sessions = MemorySessionStore.create(1_000);
    private volatile boolean failLoads;
    private volatile boolean failSaves;

    /** Makes loads fail ({@code true}) or work again. */
    public void failLoads(boolean fail) {
        failLoads = fail;
    }

    /** Makes saves and deletes fail ({@code true}) or work again. */
    public void failSaves(boolean fail) {
        failSaves = fail;
    }

    /** Makes everything work again. */
    public void heal() {
        failLoads = false;
        failSaves = false;
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        if (failLoads) {
            throw new SessionStoreException("session store unreachable (test): load");
        }
        return sessions.load(cookieValue);
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        if (failSaves) {
            throw new SessionStoreException("session store unreachable (test): save");
        }
        return sessions.save(session, changes, timeToLive);
    }

    @Override
    public void delete(String id) {
        if (failSaves) {
            throw new SessionStoreException("session store unreachable (test): delete");
        }
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
