package dev.flashkit.test;

import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.MessageStorage;

/** The default chain: cookie, then the (cookie) session. */
class FallbackMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return FallbackMessageStorage.create();
    }
}
