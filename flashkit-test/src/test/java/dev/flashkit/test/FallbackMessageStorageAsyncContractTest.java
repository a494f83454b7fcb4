package dev.flashkit.test;

import dev.flashkit.messages.MessageStorage;

/**
 * The message-storage contract of {@link FallbackMessageStorageContractTest} on the non-blocking path: requests prepare and commit
 * asynchronously, and the storage is called through its async methods only.
 */
class FallbackMessageStorageAsyncContractTest extends FallbackMessageStorageContractTest {
    private MessageStorage view;

    @Override
    protected MessageStorage storage() {
        if (view == null) {
            view = ThroughAsync.messageStorage(super.storage());
        }
        return view;
    }

    @Override
    protected boolean nonBlocking() {
        return true;
    }
}
