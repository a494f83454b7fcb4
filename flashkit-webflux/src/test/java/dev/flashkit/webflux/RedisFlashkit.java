package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.redis.WebFluxTestRedis;
import dev.flashkit.test.TestSecrets;
import java.util.UUID;

/** A real redis-server, and Flashkit with sessions and flash messages in it, for one test class. */
final class RedisFlashkit implements AutoCloseable {
    private final WebFluxTestRedis redis;
    private final RedisSessionStore store;
    private final Flashkit flashkit;

    private RedisFlashkit(FlashkitConfig.Builder config) {
        redis = WebFluxTestRedis.start();
        store = RedisSessionStore.builder(redis.uri())
                .keyPrefix("webflux:" + UUID.randomUUID() + ":")
                .build();
        flashkit = Flashkit.create(config.sessionStore(store)
                .messageStorage(store.messageStorage())
                .build());
    }

    /** Default settings and a random secret. */
    static RedisFlashkit start() {
        return new RedisFlashkit(FlashkitConfig.builder().secret(TestSecrets.random()));
    }

    /** Settings from {@code config}, the Redis store added. */
    static RedisFlashkit start(FlashkitConfig.Builder config) {
        return new RedisFlashkit(config);
    }

    Flashkit flashkit() {
        return flashkit;
    }

    RedisSessionStore store() {
        return store;
    }

    /** The redis-server, to stop and restart it. */
    WebFluxTestRedis server() {
        return redis;
    }

    @Override
    public void close() {
        store.close();
        redis.close();
    }
}
