package dev.flashkit.quarkus.test;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's {@link SessionStore} bean (which wins over the configuration), passing every call to the store a
 * test hands it in {@link #use} — the scenario suite makes its failing store after the application started.
 */
@Singleton
public class SwitchableStore implements SessionStore {
    private static volatile SessionStore target;
    private static volatile FlashkitConfig installedWith;

    /** From now on the bean passes its calls to {@code store}. */
    static void use(SessionStore store) {
        store.onInstall(installedWith);
        target = store;
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        return target.load(cookieValue);
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        return target.save(session, changes, timeToLive);
    }

    @Override
    public void delete(String id) {
        target.delete(id);
    }

    @Override
    public int cookieValueLength(SessionData session) {
        return target.cookieValueLength(session);
    }

    @Override
    public void onInstall(FlashkitConfig config) {
        installedWith = config;
    }
}
