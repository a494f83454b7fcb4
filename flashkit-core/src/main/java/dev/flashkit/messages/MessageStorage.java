package dev.flashkit.messages;

import dev.flashkit.spi.RequestScope;
import java.util.List;

/**
 * Where messages wait between requests: Django's two methods, {@link #load} and {@link #store}, plus
 * {@link #claim} for shared stores that deliver exactly once. Flashkit calls {@code load} at most once per
 * request (the first time messages are used) and {@code store} at commit with the full list that should
 * remain, in order — again with a shorter, merged list if the first attempt could not store everything.
 * {@code store} returns what it could not store, so storages chain ({@link FallbackMessageStorage}: cookie
 * first, then the session). Implementations are thread-safe and keep no per-request state of their own:
 * what one request must remember between calls lives in a slot of its {@link RequestScope}, which also
 * carries the request's cookies, the settings, the session and the response cookies. Flashkit never changes
 * a stored message in place: a message it changes (e.g. re-targeted after a redirect) comes back with a new
 * id, so a storage may store by id difference (remove the ids that are gone, append the new ones). Expiry,
 * targeting and overflow are handled by Flashkit.
 *
 * <p>A shared store that claims messages while the session loads tells the scope so
 * ({@link RequestScope#holdMessages()}) and registers how to put them back when the request fails
 * ({@link RequestScope#onAbandon}).
 *
 * <p>Built in: {@link CookieMessageStorage}, {@link SessionMessageStorage}, {@link FallbackMessageStorage}
 * (the default). Test an implementation with {@code dev.flashkit.test.MessageStorageContract}.
 */
public interface MessageStorage {

    /** The stored messages of this client, oldest first; empty (never an exception) for bad or missing data. */
    List<Message> load(RequestScope scope);

    /**
     * Replaces the stored messages with {@code messages} (an empty list clears them) and returns those it
     * could not store — a suffix of {@code messages}, in order; empty when everything fit.
     */
    List<Message> store(RequestScope scope, List<Message> messages);

    /**
     * Called when a request consumes (displays) stored messages: returns the subset this request owns.
     * The default owns all. A shared store (Redis) claims atomically here so that parallel requests of one
     * client deliver each message exactly once; Flashkit displays only what this returns.
     */
    default List<Message> claim(RequestScope scope, List<Message> messages) {
        return messages;
    }
}
