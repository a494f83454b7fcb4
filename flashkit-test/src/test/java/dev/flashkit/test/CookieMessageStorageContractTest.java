package dev.flashkit.test;

import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.MessageStorage;

// tag::docs[]
class CookieMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return CookieMessageStorage.create();
    }
}
// end::docs[]
