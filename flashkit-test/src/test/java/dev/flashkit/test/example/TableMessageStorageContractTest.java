package dev.flashkit.test.example;

// tag::docs[]
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.test.MessageStorageContract;

class TableMessageStorageContractTest extends MessageStorageContract {
    private final TableMessageStorage storage = new TableMessageStorage();

    @Override
    protected MessageStorage storage() {
        return storage;
    }

    @Override
    protected boolean unbounded() {
        return true; // rows, not a cookie: it never returns messages it could not store
    }
}
// end::docs[]
