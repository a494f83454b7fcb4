package dev.flashkit.redis;

import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionStore;
import dev.flashkit.storetests.StoreMessageStorageContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The shared message-storage contract on every Redis topology, with the Redis session store. */
@ParameterizedClass
@ArgumentsSource(RedisTopologies.class)
class RedisMessageStorageContractTest extends StoreMessageStorageContract {
    @Parameter
    RedisSessionStore store;

    @Override
    protected MessageStorage storage() {
        return store.messageStorage();
    }

    @Override
    protected SessionStore sessionStore() {
        return store;
    }
}
