package dev.flashkit.test;

import dev.flashkit.messages.MessageStorage;

/** The contract's exactly-once test, run on a storage whose claim is atomic. */
class ClaimOnceStorageContractTest extends MessageStorageContract {
    private final ClaimOnce storage = new ClaimOnce();

    @Override
    protected MessageStorage storage() {
        return storage;
    }

    @Override
    protected boolean claimsAtomically() {
        return true;
    }
}
