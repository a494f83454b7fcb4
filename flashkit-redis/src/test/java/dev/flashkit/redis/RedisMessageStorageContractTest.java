package dev.flashkit.redis;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.test.MessageStorageContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The shared message-storage contract on every Redis topology, with the Redis session store. */
@ParameterizedClass
@ArgumentsSource(RedisTopologies.class)
class RedisMessageStorageContractTest extends MessageStorageContract {
    @Parameter
    RedisSessionStore store;

    @Override
    protected MessageStorage storage() {
        return store.messageStorage();
    }

    @Override
    protected FlashkitConfig.Builder configure(FlashkitConfig.Builder builder) {
        return builder.sessionStore(store);
    }

    @Override
    protected boolean unbounded() {
        return true;
    }

    @Override
    protected boolean claimsAtomically() {
        return true;
    }
}
