package dev.flashkit.redis;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The shared session-store contract on every Redis topology (TTL expiry is Redis's real time). */
@ParameterizedClass
@ArgumentsSource(RedisTopologies.class)
class RedisSessionStoreContractTest extends SessionStoreContract {
    @Parameter
    RedisSessionStore store;

    @Override
    protected SessionStore store() {
        return store;
    }
}
