package dev.flashkit.test.example;

// tag::docs[]
import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.test.MessageStorageContract;

class CookieMessageStorageContractTest extends MessageStorageContract {
    @Override
    protected MessageStorage storage() {
        return CookieMessageStorage.create();
    }
}
// end::docs[]
