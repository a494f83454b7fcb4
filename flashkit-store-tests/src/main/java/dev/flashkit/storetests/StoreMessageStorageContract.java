package dev.flashkit.storetests;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.session.SessionStore;
import dev.flashkit.test.MessageStorageContract;

/**
 * The message-storage contract for a store module's own message storage: it keeps the flash messages next to
 * each session in the shared server, so it holds any number of them, claims them atomically across parallel
 * requests, and works only installed together with its session store.
 */
public abstract class StoreMessageStorageContract extends MessageStorageContract {
    /** The session store whose {@link #storage()} is under test. */
    protected abstract SessionStore sessionStore();

    @Override
    protected FlashkitConfig.Builder configure(FlashkitConfig.Builder builder) {
        return builder.sessionStore(sessionStore());
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
