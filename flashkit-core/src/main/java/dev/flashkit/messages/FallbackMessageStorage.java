package dev.flashkit.messages;

import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A chain of storages (Django's {@code FallbackStorage}): each stores what it can and passes the rest
 * to the next; loading concatenates them in order, so message order is kept. The default is
 * {@link #create()}: the messages cookie first, then the session.
 */
public final class FallbackMessageStorage implements MessageStorage {
    private final List<MessageStorage> chain;

    private FallbackMessageStorage(List<MessageStorage> chain) {
        this.chain = chain;
    }

    /** Cookie first, then the session: the default. */
    public static FallbackMessageStorage create() {
        return of(CookieMessageStorage.create(), SessionMessageStorage.create());
    }

    /** A chain of these storages, tried in order. */
    public static FallbackMessageStorage of(MessageStorage... storages) {
        if (storages.length == 0) {
            throw new IllegalArgumentException("a fallback chain needs at least one storage");
        }
        for (MessageStorage s : storages) {
            Objects.requireNonNull(s, "storage must not be null");
        }
        return new FallbackMessageStorage(List.of(storages));
    }

    @Override
    public List<Message> load(RequestScope scope) {
        List<Message> all = null;
        for (MessageStorage storage : chain) {
            List<Message> loaded = storage.load(scope);
            if (!loaded.isEmpty()) {
                if (all == null) {
                    all = new ArrayList<>(loaded);
                } else {
                    all.addAll(loaded);
                }
            }
        }
        return all == null ? List.of() : all;
    }

    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        List<Message> rest = messages;
        for (MessageStorage storage : chain) {
            rest = storage.store(scope, rest);
        }
        return rest;
    }

    @Override
    public List<Message> claim(RequestScope scope, List<Message> messages) {
        List<Message> owned = messages;
        for (MessageStorage storage : chain) {
            owned = storage.claim(scope, owned);
        }
        return owned;
    }

    /** Non-blocking when every storage of the chain is. */
    @Override
    public boolean isNonBlocking() {
        return chain.stream().allMatch(MessageStorage::isNonBlocking);
    }

    /** {@link #load} through each storage's {@code loadAsync}, in order. */
    @Override
    public CompletionStage<List<Message>> loadAsync(RequestScope scope) {
        CompletionStage<List<Message>> all = CompletableFuture.completedFuture(List.of());
        for (MessageStorage storage : chain) {
            all = all.thenCompose(before -> storage.loadAsync(scope).thenApply(loaded -> {
                if (loaded.isEmpty()) {
                    return before;
                }
                List<Message> joined = new ArrayList<>(before);
                joined.addAll(loaded);
                return joined;
            }));
        }
        return all;
    }

    /** {@link #store} through each storage's {@code storeAsync}: each gets what the previous could not store. */
    @Override
    public CompletionStage<List<Message>> storeAsync(RequestScope scope, List<Message> messages) {
        CompletionStage<List<Message>> rest = CompletableFuture.completedFuture(messages);
        for (MessageStorage storage : chain) {
            rest = rest.thenCompose(left -> storage.storeAsync(scope, left));
        }
        return rest;
    }

    /** {@link #claim} through each storage's {@code claimAsync}: each narrows what the previous owned. */
    @Override
    public CompletionStage<List<Message>> claimAsync(RequestScope scope, List<Message> messages) {
        CompletionStage<List<Message>> owned = CompletableFuture.completedFuture(messages);
        for (MessageStorage storage : chain) {
            owned = owned.thenCompose(left -> storage.claimAsync(scope, left));
        }
        return owned;
    }

    @Override
    public String toString() {
        return "FallbackMessageStorage" + chain;
    }
}
