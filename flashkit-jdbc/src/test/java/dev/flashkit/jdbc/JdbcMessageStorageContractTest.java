package dev.flashkit.jdbc;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.test.MessageStorageContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The message-storage contract against a real PostgreSQL, with exactly-once claims. */
@ExtendWith(PostgresExtension.class)
class JdbcMessageStorageContractTest extends MessageStorageContract {
    private static TestStores stores;
    private static JdbcSessionStore store;

    @BeforeAll
    static void start(PostgresTestServer server) {
        stores = new TestStores(server);
        store = stores.store(TestStores.RELAXED);
    }

    @AfterAll
    static void stop() {
        stores.close();
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
