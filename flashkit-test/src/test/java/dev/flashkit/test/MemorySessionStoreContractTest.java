package dev.flashkit.test;

import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.time.Instant;

// tag::docs[]
class MemorySessionStoreContractTest extends SessionStoreContract {
    private final TestClock clock = new TestClock();
    private final MemorySessionStore store = MemorySessionStore.create(1000, clock);

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void advance(Duration duration) {
        clock.advance(duration);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }
}
// end::docs[]
