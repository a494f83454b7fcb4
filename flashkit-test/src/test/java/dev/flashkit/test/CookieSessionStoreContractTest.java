package dev.flashkit.test;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.session.CookieSessionStore;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.time.Instant;

class CookieSessionStoreContractTest extends SessionStoreContract {
    private final TestClock clock = new TestClock();
    private final CookieSessionStore store = CookieSessionStore.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build());

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected boolean serverSide() {
        return false;
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
