package dev.flashkit.test;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Views of a store whose blocking methods run the store's {@code CompletionStage} methods and wait for them, so
 * that the contract suites test a store's non-blocking SPI with the same assertions:
 *
 * <pre>{@code
 * class MyStoreAsyncContractTest extends MyStoreContractTest {
 *     protected SessionStore store() { return ThroughAsync.sessionStore(super.store()); }
 * }
 * }</pre>
 *
 * <p>The async methods of a view are the store's own; a blocking call without a request scope passes a
 * {@code null} scope to the async method. A failed stage throws its cause ({@link
 * dev.flashkit.session.SessionStoreException} for a store failure).
 */
public final class ThroughAsync {
    private ThroughAsync() {}

    /** {@code store}, its blocking methods answered by its async ones. */
    public static SessionStore sessionStore(SessionStore store) {
        return new AsyncSessionStoreView(store);
    }

    /** {@code storage}, its blocking methods answered by its async ones. */
    public static MessageStorage messageStorage(MessageStorage storage) {
        return new AsyncMessageStorageView(storage);
    }

    /** Waits for {@code stage}; a failure is thrown as its cause. */
    public static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private record AsyncSessionStoreView(SessionStore store) implements SessionStore {
        @Override
        public Optional<SessionData> load(String cookieValue) {
            return await(store.loadAsync(cookieValue, null));
        }

        @Override
        public Optional<SessionData> load(String cookieValue, RequestScope scope) {
            return await(store.loadAsync(cookieValue, scope));
        }

        @Override
        public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
            return await(store.saveAsync(session, changes, timeToLive, null));
        }

        @Override
        public Optional<String> save(
                SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
            return await(store.saveAsync(session, changes, timeToLive, scope));
        }

        @Override
        public void delete(String id) {
            await(store.deleteAsync(id, null));
        }

        @Override
        public void delete(String id, RequestScope scope) {
            await(store.deleteAsync(id, scope));
        }

        @Override
        public boolean isNonBlocking() {
            return store.isNonBlocking();
        }

        @Override
        public CompletionStage<Optional<SessionData>> loadAsync(String cookieValue, RequestScope scope) {
            return store.loadAsync(cookieValue, scope);
        }

        @Override
        public CompletionStage<Optional<String>> saveAsync(
                SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
            return store.saveAsync(session, changes, timeToLive, scope);
        }

        @Override
        public CompletionStage<Void> deleteAsync(String id, RequestScope scope) {
            return store.deleteAsync(id, scope);
        }

        @Override
        public int cookieValueLength(SessionData session) {
            return store.cookieValueLength(session);
        }

        @Override
        public String newId(String previousId) {
            return store.newId(previousId);
        }

        @Override
        public void onInstall(FlashkitConfig config) {
            store.onInstall(config);
        }
    }

    private record AsyncMessageStorageView(MessageStorage storage) implements MessageStorage {
        @Override
        public List<Message> load(RequestScope scope) {
            return await(storage.loadAsync(scope));
        }

        @Override
        public List<Message> store(RequestScope scope, List<Message> messages) {
            return await(storage.storeAsync(scope, messages));
        }

        @Override
        public List<Message> claim(RequestScope scope, List<Message> messages) {
            return await(storage.claimAsync(scope, messages));
        }

        @Override
        public boolean isNonBlocking() {
            return storage.isNonBlocking();
        }

        @Override
        public CompletionStage<List<Message>> loadAsync(RequestScope scope) {
            return storage.loadAsync(scope);
        }

        @Override
        public CompletionStage<List<Message>> storeAsync(RequestScope scope, List<Message> messages) {
            return storage.storeAsync(scope, messages);
        }

        @Override
        public CompletionStage<List<Message>> claimAsync(RequestScope scope, List<Message> messages) {
            return storage.claimAsync(scope, messages);
        }
    }
}
