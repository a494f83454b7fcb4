package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.internal.RandomIds;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStoreException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisExtension.class)
class RedisSessionStoreTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    private static SessionData session(Map<String, Object> attributes) {
        Instant now = Instant.now();
        return new SessionData(RandomIds.newId(), 0, now, now, attributes, false);
    }

    private static String saveNew(RedisSessionStore store, SessionData data) {
        return store.save(data, new SessionChanges(true, null, false, data.attributes(), Set.of()), TTL)
                .orElseThrow();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void builder_badSettings_areRefusedWithClearMessages() {
        assertThatThrownBy(() -> RedisSessionStore.builder(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redisUri must not be blank");
        assertThatThrownBy(() -> RedisSessionStore.builder("http://user:hunter2@host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> RedisSessionStore.builder("redis://localhost").keyPrefix("a{b}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyPrefix");
        assertThatThrownBy(() -> RedisSessionStore.builder("redis://localhost").commandTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commandTimeout must be positive");
    }

    @Test
    void toString_neverShowsThePassword() {
        try (RedisSessionStore store =
                RedisSessionStore.builder("redis://:hunter2@localhost:6379/0").build()) {
            assertThat(store.toString()).doesNotContain("hunter2").contains("flashkit:session:");
        }
    }

    @Test
    void load_garbageCookie_isEmptyWithoutAskingRedis() throws IOException {
        // Nothing listens on this port: any Redis call would fail, so an empty result proves none was made.
        try (RedisSessionStore store = RedisSessionStore.builder("redis://127.0.0.1:" + closedPort())
                .commandTimeout(Duration.ofMillis(300))
                .build()) {
            assertThat(store.load("' OR 1=1 --")).isEmpty();
            assertThat(store.load("\u0000\r\nDEL *")).isEmpty();
            assertThat(store.load("a".repeat(5000))).isEmpty();
            assertThat(store.load(null)).isEmpty();
        }
    }

    @Test
    void load_redisUnreachable_throwsStoreExceptionWithinTheTimeout() throws IOException {
        try (RedisSessionStore store = RedisSessionStore.builder("redis://127.0.0.1:" + closedPort())
                .commandTimeout(Duration.ofMillis(300))
                .build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.load(RandomIds.newId()))
                    .isInstanceOf(SessionStoreException.class)
                    .hasMessageContaining("could not load a session");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void load_corruptAttributeInRedis_dropsOnlyThatAttribute(RedisTestServer redis) {
        String prefix = "corrupt:" + UUID.randomUUID() + ":";
        try (RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                        .keyPrefix(prefix)
                        .commandTimeout(TestTimeouts.RELAXED)
                        .build();
                Raw raw = new Raw(redis.uri())) {
            SessionData data = session(Map.of("user", "ada", "cart", "2 items"));
            String cookie = saveNew(store, data);
            raw.redis.sync().hset(new SessionKeys(prefix).session(data.id()), "a:cart", "{not json[[");

            assertThat(store.load(cookie).orElseThrow().attributes()).isEqualTo(Map.of("user", "ada"));
        }
    }

    @Test
    void save_afterServerForgotItsScripts_stillWorks(RedisTestServer redis) {
        String prefix = "noscript:" + UUID.randomUUID() + ":";
        try (RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                        .keyPrefix(prefix)
                        .commandTimeout(TestTimeouts.RELAXED)
                        .build();
                Raw raw = new Raw(redis.uri())) {
            SessionData data = session(Map.of("user", "ada"));
            String cookie = saveNew(store, data);
            raw.redis.sync().scriptFlush(); // what a restart or failover does to the script cache

            store.save(data, new SessionChanges(false, null, false, Map.of("seen", true), Set.of()), TTL);

            assertThat(store.load(cookie).orElseThrow().attributes()).containsEntry("seen", true);
        }
    }

    @Test
    void keys_afterSave_revealNoSessionId(RedisTestServer redis) {
        String prefix = "dump:" + UUID.randomUUID() + ":";
        try (RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                        .keyPrefix(prefix)
                        .commandTimeout(TestTimeouts.RELAXED)
                        .build();
                Raw raw = new Raw(redis.uri())) {
            SessionData data = session(Map.of("user", "ada"));
            String cookie = saveNew(store, data);

            assertThat(raw.redis.sync().keys(prefix + "*")).hasSize(1).allSatisfy(key -> assertThat(key)
                    .startsWith(prefix)
                    .doesNotContain(cookie)
                    .matches(".*\\{[0-9a-f]{64}}"));
            assertThat(raw.redis
                            .sync()
                            .hvals(raw.redis.sync().keys(prefix + "*").get(0)))
                    .noneMatch(v -> v.contains(cookie));
        }
    }

    /** A plain Lettuce connection for looking at (or damaging) what the store wrote. */
    private static final class Raw implements AutoCloseable {
        final RedisClient client;
        final StatefulRedisConnection<String, String> redis;

        Raw(String uri) {
            client = RedisClient.create(uri);
            redis = client.connect();
        }

        @Override
        public void close() {
            redis.close();
            client.shutdown();
        }
    }
}
