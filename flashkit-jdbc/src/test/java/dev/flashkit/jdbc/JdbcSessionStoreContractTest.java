package dev.flashkit.jdbc;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The session-store contract against a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class JdbcSessionStoreContractTest extends SessionStoreContract {
    private static JdbcSessionStore store;

    @BeforeAll
    static void start(TestStores stores) {
        store = stores.store(TestStores.RELAXED);
    }

    @Override
    protected SessionStore store() {
        return store;
    }
}
