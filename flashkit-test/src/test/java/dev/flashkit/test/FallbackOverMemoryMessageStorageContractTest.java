package dev.flashkit.test;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.MemorySessionStore;

/** The default chain over a server-side session store: the overflow lands in memory, so nothing is left. */
class FallbackOverMemoryMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return FallbackMessageStorage.create();
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
