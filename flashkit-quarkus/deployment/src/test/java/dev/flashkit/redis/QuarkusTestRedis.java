package dev.flashkit.redis;

import java.io.IOException;

/**
 * flashkit-redis' throwaway {@code redis-server} for the Quarkus extension's tests, which live in another package: the
 * server named by {@code FLASHKIT_TEST_REDIS_URL}, else one started once per test JVM and stopped when it exits. With
 * {@code CI=true} a missing redis-server fails the test, else it is skipped loudly.
 */
public final class QuarkusTestRedis {
    /** Where the URL is kept, so that the test class loaded again by Quarkus finds the same server. */
    private static final String PROPERTY = "flashkit.test.quarkus.redis";

    private QuarkusTestRedis() {}

    /** The URI of the test run's Redis, e.g. {@code redis://127.0.0.1:40123}. */
    public static synchronized String uri() {
        String uri = System.getProperty(PROPERTY);
        if (uri != null) {
            return uri;
        }
        String external = System.getenv(RedisTestServer.URL_ENV);
        if (external != null && !external.isBlank()) {
            uri = external.trim();
        } else {
            try {
                uri = RedisTestServer.startLocal().uri(); // a shutdown hook stops it
            } catch (IOException e) {
                throw RedisExtension.unavailable("the Quarkus extension's Redis tests", e);
            }
        }
        System.setProperty(PROPERTY, uri);
        return uri;
    }
}
