package dev.flashkit.redis;

import dev.flashkit.session.SessionStoreException;
import io.lettuce.core.RedisException;
import java.util.function.Supplier;

/** Turns Lettuce failures (timeout, refused, rejected while disconnected) into Flashkit's store exception. */
final class RedisCalls {
    private RedisCalls() {}

    static <T> T call(RedisConnector connector, String what, Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            connector.failed(e);
            // Lettuce messages name the failure, never command arguments; the cause keeps the detail.
            throw new SessionStoreException(
                    "Redis session store could not " + what + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }
}
