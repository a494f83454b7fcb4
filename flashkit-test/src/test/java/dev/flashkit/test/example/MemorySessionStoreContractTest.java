package dev.flashkit.test.example;

// tag::docs[]
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import dev.flashkit.test.TestClock;
import java.time.Duration;
import java.time.Instant;

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
