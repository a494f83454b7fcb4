package dev.flashkit.redis;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The message-storage contract's request flows on the non-blocking path, on every topology: each request
 * prepares (the session load claims what the page may display, the storage's {@code loadAsync} and {@code
 * claimAsync} hand it over) and commits asynchronously ({@code storeAsync}, then the session's {@code saveAsync}).
 * The storage stays the store's own: a view of it would not be the storage the session load claims for.
 */
@ParameterizedClass
@ArgumentsSource(RedisTopologies.class)
class RedisMessageStorageAsyncContractTest extends RedisMessageStorageContractTest {
    @Override
    protected boolean nonBlocking() {
        return true;
    }
}
