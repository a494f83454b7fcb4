package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.internal.RandomIds;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a single server: sessions under the new {@code family.secret} ids, and sessions written with the
 * one-part ids of earlier versions, which keep working until they are rotated into the new format.
 */
@ExtendWith(RedisExtension.class)
class SessionIdFormatsTest {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String PREFIX = "formats:" + UUID.randomUUID() + ":";

    private static RedisSessionStore store;
    private static RedisClient raw;

    @BeforeAll
    static void connect(RedisTestServer redis) {
        store = RedisSessionStore.builder(redis.uri())
                .keyPrefix(PREFIX)
                .commandTimeout(TestTimeouts.RELAXED)
                .build();
        raw = RedisClient.create(redis.uri());
    }

    @AfterAll
    static void close() {
        store.close();
        raw.shutdown();
    }

    private static SessionData session(String id, long generation) {
        Instant now = Instant.now();
        return new SessionData(id, generation, now, now, Map.of("user", "ada"), false);
    }

    @Test
    void legacyOnePartId_loadsAndRotatesIntoTheNewFormat() {
        String legacy = RandomIds.newId();
        store.save(session(legacy, 0), new SessionChanges(true, null, false, Map.of("user", "ada"), Set.of()), TTL);
        try (StatefulRedisConnection<String, String> c = raw.connect()) {
            assertThat(c.sync().exists(PREFIX + "{" + sha256(legacy) + "}"))
                    .as("stored under the key earlier versions used")
                    .isEqualTo(1);
        }
        assertThat(store.load(legacy).orElseThrow().attributes()).containsEntry("user", "ada");
        String rotated = store.newId(legacy);

        String cookie = store.save(
                        session(rotated, 1), new SessionChanges(false, legacy, false, Map.of(), Set.of()), TTL)
                .orElseThrow();

        assertThat(cookie).matches("[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}");
        assertThat(store.load(cookie).orElseThrow().attributes()).containsEntry("user", "ada");
        assertThat(store.load(legacy)).isEmpty();
    }

    @Test
    void keys_familyIds_revealNeitherPartOfTheId() {
        String id = store.newId(null);
        String cookie = store.save(
                        session(id, 0), new SessionChanges(true, null, false, Map.of("user", "ada"), Set.of()), TTL)
                .orElseThrow();
        String family = cookie.substring(0, cookie.indexOf('.'));
        String secret = cookie.substring(cookie.indexOf('.') + 1);

        try (StatefulRedisConnection<String, String> c = raw.connect()) {
            assertThat(c.sync().keys(PREFIX + "*"))
                    .filteredOn(k -> k.equals(new SessionKeys(PREFIX).session(id)))
                    .singleElement()
                    .satisfies(k -> assertThat(k).doesNotContain(family).doesNotContain(secret));
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
