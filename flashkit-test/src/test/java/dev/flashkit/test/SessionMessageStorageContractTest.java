package dev.flashkit.test;

import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;

/** Session storage over the default cookie session store: bounded by the session cookie's size. */
class SessionMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return SessionMessageStorage.create();
    }
}
