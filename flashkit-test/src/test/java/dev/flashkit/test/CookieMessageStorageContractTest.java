package dev.flashkit.test;

import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.MessageStorage;

class CookieMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return CookieMessageStorage.create();
    }
}
