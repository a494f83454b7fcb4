package dev.flashkit.quarkus.test;

import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import io.vertx.core.Context;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's {@link SessionStore} bean: a store that says it may block ({@code isNonBlocking()} is {@code
 * false}, as JDBC's), recording for each call whether it ran on a Vert.x event-loop thread.
 */
@Singleton
public class ThreadRecordingStore implements SessionStore {
    /** One entry per load, save or delete: the name of the thread it ran on, marked when it is an event loop. */
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private final SessionStore memory = MemorySessionStore.create(100);

    private static void record(String what) {
        CALLS.add(what + " on " + Thread.currentThread().getName()
                + (Context.isOnEventLoopThread() ? " (EVENT LOOP)" : ""));
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        record("load");
        return memory.load(cookieValue);
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        record("save");
        return memory.save(session, changes, timeToLive);
    }

    @Override
    public void delete(String id) {
        record("delete");
        memory.delete(id);
    }

    @Override
    public int cookieValueLength(SessionData session) {
        return memory.cookieValueLength(session);
    }
}
