package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.internal.RandomIds;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStoreException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code redis-sentinel://} URI against a real Sentinel (redis-server --sentinel) watching a
 * primary with one replica: the store finds the primary through Sentinel, and after a failover it
 * writes to the promoted replica without a restart.
 */
class SentinelTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    @RegisterExtension
    static final RedisExtension PRIMARY = RedisExtension.dedicated();

    private static RedisTestSentinel deployment;
    private static RedisTestServer replica;
    private static RedisTestServer sentinel;

    @BeforeAll
    static void startReplicaAndSentinel(RedisTestServer primary) throws Exception {
        deployment = RedisTestSentinel.watching(primary, Duration.ofSeconds(1));
        replica = deployment.replica();
        sentinel = deployment.sentinel();
        awaitReplicaKnown();
    }

    @AfterAll
    static void stop() {
        deployment.close();
    }

    private static SessionData session(Map<String, Object> attributes) {
        Instant now = Instant.now();
        return new SessionData(RandomIds.newId(), 0, now, now, attributes, false);
    }

    private static Optional<String> saveNew(RedisSessionStore store, SessionData data) {
        return store.save(data, new SessionChanges(true, null, false, data.attributes(), Set.of()), TTL);
    }

    @Test
    void sentinelUri_findsThePrimaryAndSurvivesAFailover() throws Exception {
        try (RedisSessionStore store = RedisSessionStore.builder(deployment.uri())
                .keyPrefix("sentinel:")
                .commandTimeout(Duration.ofSeconds(5))
                .build()) {
            SessionData before = session(Map.of("user", "ada"));
            String cookie = saveNew(store, before).orElseThrow();
            assertThat(store.load(cookie).orElseThrow().attributes()).containsEntry("user", "ada");
            awaitReplicated(cookie, store);

            sentinelCommand("SENTINEL", "FAILOVER", "mymaster");

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Optional<String> saved = Optional.empty();
            while (saved.isEmpty() && System.nanoTime() < deadline) {
                boolean promoted = primaryPort().equals(Integer.toString(replica.port()));
                try {
                    Optional<String> attempt = saveNew(store, session(Map.of("user", "grace")));
                    saved = promoted ? attempt : Optional.empty(); // only count writes after the switch
                } catch (SessionStoreException e) { // the old primary is read-only or gone meanwhile
                    Thread.sleep(100);
                }
            }
            assertThat(primaryPort()).as("Sentinel promoted the replica").isEqualTo(Integer.toString(replica.port()));
            assertThat(saved).as("a write after the failover succeeds").isPresent();
            assertThat(store.load(saved.get()).orElseThrow().attributes()).containsEntry("user", "grace");
            assertThat(store.load(cookie).orElseThrow().attributes())
                    .as("replicated before the failover")
                    .containsEntry("user", "ada");
        }
    }

    private static void awaitReplicated(String cookie, RedisSessionStore store) throws InterruptedException {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + replica.port());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            String key = new SessionKeys("sentinel:").session(cookie);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (c.sync().exists(key) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(c.sync().exists(key)).isEqualTo(1);
        } finally {
            client.shutdown();
        }
    }

    private static void awaitReplicaKnown() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Object replicas = sentinelCommand("SENTINEL", "REPLICAS", "mymaster");
            if (replicas instanceof List<?> l && !l.isEmpty() && l.toString().contains("slave")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Sentinel did not discover the replica within 15 s");
    }

    private static String primaryPort() {
        Object address = sentinelCommand("SENTINEL", "GET-MASTER-ADDR-BY-NAME", "mymaster");
        return String.valueOf(((List<?>) address).get(1));
    }

    private static Object sentinelCommand(String... args) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + sentinel.port());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            io.lettuce.core.protocol.CommandArgs<String, String> commandArgs =
                    new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8);
            for (int i = 1; i < args.length; i++) {
                commandArgs.add(args[i]);
            }
            return c.sync()
                    .dispatch(
                            io.lettuce.core.protocol.CommandType.valueOf(args[0]),
                            new io.lettuce.core.output.NestedMultiOutput<>(io.lettuce.core.codec.StringCodec.UTF8),
                            commandArgs);
        } finally {
            client.shutdown();
        }
    }
}
