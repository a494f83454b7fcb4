package dev.flashkit.test;

import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores whose blocking methods fail the test: what a reactive adapter's event loop must never call. Their async
 * methods run the real store's; {@link #calls} counts them.
 */
final class AsyncOnly {
    final AtomicInteger calls = new AtomicInteger();

    SessionStore sessionStore(SessionStore real) {
        return new SessionStore() {
            @Override
            public Optional<SessionData> load(String cookieValue) {
                throw new AssertionError("blocking load on the non-blocking path");
            }

            @Override
            public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
                throw new AssertionError("blocking save on the non-blocking path");
            }

            @Override
            public void delete(String id) {
                throw new AssertionError("blocking delete on the non-blocking path");
            }

            @Override
            public boolean isNonBlocking() {
                return true;
            }

            @Override
            public CompletionStage<Optional<SessionData>> loadAsync(String cookieValue, RequestScope scope) {
                calls.incrementAndGet();
                return real.loadAsync(cookieValue, scope);
            }

            @Override
            public CompletionStage<Optional<String>> saveAsync(
                    SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
                calls.incrementAndGet();
                return real.saveAsync(session, changes, timeToLive, scope);
            }

            @Override
            public CompletionStage<Void> deleteAsync(String id, RequestScope scope) {
                calls.incrementAndGet();
                return real.deleteAsync(id, scope);
            }
        };
    }

    MessageStorage messageStorage(MessageStorage real) {
        return new MessageStorage() {
            @Override
            public List<Message> load(RequestScope scope) {
                throw new AssertionError("blocking load on the non-blocking path");
            }

            @Override
            public List<Message> store(RequestScope scope, List<Message> messages) {
                throw new AssertionError("blocking store on the non-blocking path");
            }

            @Override
            public List<Message> claim(RequestScope scope, List<Message> messages) {
                throw new AssertionError("blocking claim on the non-blocking path");
            }

            @Override
            public boolean isNonBlocking() {
                return true;
            }

            @Override
            public CompletionStage<List<Message>> loadAsync(RequestScope scope) {
                calls.incrementAndGet();
                return real.loadAsync(scope);
            }

            @Override
            public CompletionStage<List<Message>> storeAsync(RequestScope scope, List<Message> messages) {
                calls.incrementAndGet();
                return real.storeAsync(scope, messages);
            }

            @Override
            public CompletionStage<List<Message>> claimAsync(RequestScope scope, List<Message> messages) {
                calls.incrementAndGet();
                return real.claimAsync(scope, messages);
            }
        };
    }
}
