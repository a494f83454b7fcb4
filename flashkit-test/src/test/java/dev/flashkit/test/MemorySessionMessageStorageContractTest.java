package dev.flashkit.test;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.session.MemorySessionStore;

/** Session storage over the memory session store: server-side, so unbounded. */
class MemorySessionMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return SessionMessageStorage.create();
    }

    @Override
    protected FlashkitConfig.Builder configure(FlashkitConfig.Builder builder) {
        return builder.sessionStore(MemorySessionStore.create(1000, clock));
    }

    @Override
    protected boolean unbounded() {
        return true;
    }
}
