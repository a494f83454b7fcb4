package dev.flashkit.redis;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared session-store contract against a real Redis (TTL expiry is Redis's real time). */
@ExtendWith(RedisExtension.class)
class RedisSessionStoreContractTest extends SessionStoreContract {
    private static RedisSessionStore store;

    @BeforeAll
    static void connect(RedisTestServer redis) {
        store = RedisSessionStore.builder(redis.uri())
                .commandTimeout(TestTimeouts.RELAXED)
                .keyPrefix("contract:" + UUID.randomUUID() + ":")
                .build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }
}
