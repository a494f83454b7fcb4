package dev.flashkit.test;

import dev.flashkit.session.SessionStore;

/** The session-store contract through the cookie store's async methods (they complete at once). */
class CookieSessionStoreAsyncContractTest extends CookieSessionStoreContractTest {
    @Override
    protected SessionStore store() {
        return ThroughAsync.sessionStore(super.store());
    }
}
