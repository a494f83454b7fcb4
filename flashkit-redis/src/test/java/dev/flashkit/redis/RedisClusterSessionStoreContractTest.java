package dev.flashkit.redis;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared session-store contract against a real three-master Redis Cluster. */
@ExtendWith(ClusterExtension.class)
class RedisClusterSessionStoreContractTest extends SessionStoreContract {
    private static RedisSessionStore store;

    @BeforeAll
    static void connect(RedisTestCluster cluster) {
        store = RedisSessionStore.builder(cluster.uri())
                .commandTimeout(TestTimeouts.RELAXED)
                .keyPrefix("cluster-contract:" + UUID.randomUUID() + ":")
                .build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }
}
