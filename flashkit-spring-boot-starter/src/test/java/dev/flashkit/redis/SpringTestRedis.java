package dev.flashkit.redis;

import java.time.Duration;
import java.util.List;

/**
 * flashkit-redis' throwaway {@code redis-server} (and Sentinel) for the starter's tests, which live in another
 * package: with {@code CI=true} a missing redis-server fails the test, else it is skipped loudly.
 */
public final class SpringTestRedis implements AutoCloseable {
    private final RedisTestServer server;

    private SpringTestRedis(RedisTestServer server) {
        this.server = server;
    }

    /** Starts a private local server with extra {@code redis-server} arguments (e.g. --requirepass). */
    public static SpringTestRedis start(String... extraArgs) {
        try {
            return new SpringTestRedis(RedisTestServer.startLocal(List.of(extraArgs)));
        } catch (java.io.IOException e) {
            throw RedisExtension.unavailable("the Spring Boot starter's Redis tests", e);
        }
    }

    /** Starts a Sentinel watching this server as {@code mymaster}. */
    public SpringTestRedis sentinel() {
        try {
            return new SpringTestRedis(RedisTestServer.startSentinel(server, Duration.ofSeconds(5)));
        } catch (java.io.IOException e) {
            throw RedisExtension.unavailable("a Sentinel for the Spring Boot starter's Redis tests", e);
        }
    }

    /** The loopback port. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
