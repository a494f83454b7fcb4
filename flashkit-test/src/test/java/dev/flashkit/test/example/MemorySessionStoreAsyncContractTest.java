package dev.flashkit.test.example;

import dev.flashkit.session.SessionStore;
import dev.flashkit.test.ThroughAsync;

/** The session-store contract through the memory store's async methods (they complete at once). */
class MemorySessionStoreAsyncContractTest extends MemorySessionStoreContractTest {
    @Override
    protected SessionStore store() {
        return ThroughAsync.sessionStore(super.store());
    }
}
