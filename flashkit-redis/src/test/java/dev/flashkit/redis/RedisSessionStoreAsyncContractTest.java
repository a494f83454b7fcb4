package dev.flashkit.redis;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.ThroughAsync;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The session-store contract through the Redis store's async methods (Lettuce's async API), on every topology. */
@ParameterizedClass
@ArgumentsSource(RedisTopologies.class)
class RedisSessionStoreAsyncContractTest extends RedisSessionStoreContractTest {
    @Override
    protected SessionStore store() {
        return ThroughAsync.sessionStore(super.store());
    }
}
