package dev.flashkit.jdbc;

import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionStore;
import dev.flashkit.storetests.StoreMessageStorageContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The message-storage contract against a real PostgreSQL, with exactly-once claims. */
@ExtendWith(PostgresExtension.class)
class JdbcMessageStorageContractTest extends StoreMessageStorageContract {
    private static JdbcSessionStore store;

    @BeforeAll
    static void start(TestStores stores) {
        store = stores.store(TestStores.RELAXED);
    }

    @Override
    protected MessageStorage storage() {
        return store.messageStorage();
    }

    @Override
    protected SessionStore sessionStore() {
        return store;
    }
}
