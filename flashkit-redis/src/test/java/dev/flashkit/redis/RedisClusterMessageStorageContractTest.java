package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.test.MessageStorageContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared message-storage contract against a real three-master Redis Cluster. */
@ExtendWith(ClusterExtension.class)
class RedisClusterMessageStorageContractTest extends MessageStorageContract {
    private static RedisSessionStore store;

    @BeforeAll
    static void connect(RedisTestCluster cluster) {
        store = RedisSessionStore.builder(cluster.uri())
                .commandTimeout(TestTimeouts.RELAXED)
                .keyPrefix("cluster-messages:" + UUID.randomUUID() + ":")
                .build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected MessageStorage storage() {
        return store.messageStorage();
    }

    @Override
    protected FlashkitConfig.Builder configure(FlashkitConfig.Builder builder) {
        return builder.sessionStore(store);
    }

    @Override
    protected boolean unbounded() {
        return true;
    }

    @Override
    protected boolean claimsAtomically() {
        return true;
    }
}
