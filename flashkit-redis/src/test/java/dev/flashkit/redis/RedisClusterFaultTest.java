package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One master of a real cluster stops and comes back: its sessions fail fast with
 * {@link SessionStoreException} (a 503 in the adapters) while the other masters' sessions keep
 * working, and the store uses the master again within seconds of its return, without a restart.
 */
class RedisClusterFaultTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration TTL = Duration.ofMinutes(5);

    private static RedisTestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = ClusterExtension.dedicated();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The load's outcome, or the failure, and how long it took. */
    private record Attempt(Optional<SessionData> session, SessionStoreException failure, Duration took) {}

    private static Attempt load(RedisSessionStore store, String id) {
        long start = System.nanoTime();
        try {
            Optional<SessionData> session = store.load(id);
            return new Attempt(session, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (SessionStoreException e) {
            return new Attempt(null, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Test
    void masterStopped_itsSessionsFailFastOthersWork_andItIsUsedAgainAfterItReturns() throws Exception {
        String prefix = "cluster-fault:";
        SessionKeys keys = new SessionKeys(prefix);
        try (RedisSessionStore store = RedisSessionStore.builder(cluster.uri())
                .keyPrefix(prefix)
                .commandTimeout(TIMEOUT)
                .build()) {
            Map<String, Integer> holderById = new LinkedHashMap<>();
            try (RedisTestCluster.Probe probe = cluster.probe()) {
                for (int i = 0; i < 30; i++) {
                    Instant now = Instant.now();
                    SessionData data = new SessionData(store.newId(null), 0, now, now, Map.of("n", (long) i), false);
                    store.save(data, new SessionChanges(true, null, false, data.attributes(), Set.of()), TTL);
                    holderById.put(data.id(), probe.holder(keys.session(data.id())));
                }
            }
            // the first seed: the client's default connection and a cached node connection both break
            RedisTestServer stopped = cluster.nodes().get(0);
            List<String> onStopped = new ArrayList<>();
            List<String> elsewhere = new ArrayList<>();
            holderById.forEach((id, port) -> (port == stopped.port() ? onStopped : elsewhere).add(id));
            assertThat(onStopped).isNotEmpty();
            assertThat(elsewhere).isNotEmpty();

            stopped.stop();
            List<Attempt> down = new ArrayList<>();
            List<Attempt> up = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                onStopped.forEach(id -> down.add(load(store, id)));
                elsewhere.forEach(id -> up.add(load(store, id)));
            }

            assertThat(down).allSatisfy(a -> {
                assertThat(a.failure()).as("a session on the stopped master").isNotNull();
                assertThat(a.took()).isLessThan(TIMEOUT.multipliedBy(2));
            });
            assertThat(up).allSatisfy(a -> assertThat(a.session())
                    .as("a session on a running master")
                    .isPresent());

            stopped.start(); // same port and cluster config; no persistence, so its sessions are gone
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            Attempt back = load(store, onStopped.get(0));
            while (back.failure() != null && System.nanoTime() < deadline) {
                Thread.sleep(100);
                back = load(store, onStopped.get(0));
            }
            assertThat(back.failure()).as("the master is used again").isNull();
            assertThat(back.session())
                    .as("its data did not survive a restart without persistence")
                    .isEmpty();
            assertThat(load(store, elsewhere.get(0)).session()).isPresent();
        }
    }
}
