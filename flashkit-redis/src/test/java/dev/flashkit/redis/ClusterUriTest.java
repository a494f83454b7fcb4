package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.session.SessionStoreException;
import dev.flashkit.storetests.TestProcesses;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code redis-cluster://} URIs in the builder, without a cluster. */
class ClusterUriTest {

    @Test
    void builder_badClusterUris_areRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> RedisSessionStore.builder("redis-cluster://"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis-cluster://node1:6379,node2:6379");
        assertThatThrownBy(() -> RedisSessionStore.builder("redis-cluster://:hunter2@h1:7000,h2:7001/3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database 0")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> RedisSessionStore.builder("redis-cluster://:hunter2@[bad"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void toString_clusterStore_neverShowsThePassword() {
        try (RedisSessionStore store = RedisSessionStore.builder("REDIS-CLUSTER://:hunter2@h1:7000,h2:7001")
                .build()) {
            assertThat(store.toString()).doesNotContain("hunter2").doesNotContain("h1");
        }
    }

    @Test
    void load_clusterUnreachable_throwsStoreExceptionWithinTheTimeout() throws IOException {
        String uri = "redis-cluster://127.0.0.1:" + TestProcesses.freePort() + ",127.0.0.1:" + TestProcesses.freePort();
        try (RedisSessionStore store = RedisSessionStore.builder(uri)
                .commandTimeout(Duration.ofMillis(300))
                .build()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> store.load(store.newId(null)))
                    .isInstanceOf(SessionStoreException.class)
                    .hasMessageContaining("could not load a session");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
