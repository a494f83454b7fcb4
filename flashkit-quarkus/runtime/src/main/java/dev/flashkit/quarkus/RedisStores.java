package dev.flashkit.quarkus;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.redis.RedisSessionStore;

/**
 * {@code quarkus.flashkit.session.store=redis}: flashkit-redis' {@link RedisSessionStore} at {@code
 * quarkus.flashkit.redis.url}, with its message storage unless the application has its own. Loaded only for that
 * setting, so applications without flashkit-redis never touch its classes.
 */
final class RedisStores {
    private RedisStores() {}

    /** Puts the store on {@code builder} and returns it, to be closed at shutdown. */
    static AutoCloseable install(
            FlashkitRuntimeConfig.Redis redis, FlashkitConfig.Builder builder, boolean ownMessageStorage) {
        String url = redis.url()
                .orElseThrow(() -> new IllegalStateException("quarkus.flashkit.session.store=redis needs"
                        + " quarkus.flashkit.redis.url, e.g. redis://localhost:6379."));
        try {
            Class.forName("dev.flashkit.redis.RedisSessionStore", false, RedisStores.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "quarkus.flashkit.session.store=redis needs flashkit-redis: add the dependency"
                            + " <dependency><groupId>dev.flashkit</groupId><artifactId>flashkit-redis</artifactId>"
                            + "</dependency>.",
                    e);
        }
        RedisSessionStore.Builder store = RedisSessionStore.builder(url);
        redis.timeout().ifPresent(store::commandTimeout);
        RedisSessionStore built = store.build();
        builder.sessionStore(built);
        if (!ownMessageStorage) {
            builder.messageStorage(built.messageStorage());
        }
        return built;
    }
}
