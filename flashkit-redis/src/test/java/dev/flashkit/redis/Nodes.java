package dev.flashkit.redis;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Several application "instances" in one JVM: each its own {@link Flashkit} with its own
 * {@link RedisSessionStore} (own Lettuce client and connection), all on one Redis and one key prefix.
 */
final class Nodes implements AutoCloseable {
    private final List<RedisSessionStore> stores = new ArrayList<>();
    private final List<Flashkit> flashkits = new ArrayList<>();

    Nodes(String redisUri, int count, Duration commandTimeout) {
        this(redisUri, "nodes:" + UUID.randomUUID() + ":", count, commandTimeout, false);
    }

    /**
     * {@code count} nodes on keys under {@code prefix}; with {@code messagesInRedis} their flash messages live in
     * Redis too ({@link RedisSessionStore#messageStorage()}), else in Flashkit's default cookie-then-session storage.
     */
    Nodes(String redisUri, String prefix, int count, Duration commandTimeout, boolean messagesInRedis) {
        String secret = TestSecrets.random();
        for (int i = 0; i < count; i++) {
            RedisSessionStore store = RedisSessionStore.builder(redisUri)
                    .keyPrefix(prefix)
                    .commandTimeout(commandTimeout)
                    .build();
            stores.add(store);
            FlashkitConfig.Builder config =
                    FlashkitConfig.builder().secret(secret).sessionStore(store);
            if (messagesInRedis) {
                config.messageStorage(store.messageStorage());
            }
            flashkits.add(Flashkit.create(config.build()));
        }
    }

    Flashkit node(int i) {
        return flashkits.get(i % flashkits.size());
    }

    RedisSessionStore store(int i) {
        return stores.get(i % stores.size());
    }

    int size() {
        return flashkits.size();
    }

    @Override
    public void close() {
        stores.forEach(RedisSessionStore::close);
    }
}
