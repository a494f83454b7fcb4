package dev.flashkit.messages;

import dev.flashkit.spi.Exchange;
import java.util.List;

/**
 * Where messages wait between requests. Flashkit calls {@link #load} at most once per request (the
 * first time messages are used) and {@link #store} at commit with the full list that should remain, in
 * order — again with a shorter, merged list if the first attempt could not store everything. {@code store} returns what it could not store, so storages chain
 * ({@link FallbackMessageStorage}: cookie first, then the session). Implementations are thread-safe
 * and stateless per request. Flashkit never changes a stored message in place: a message it changes
 * (e.g. re-targeted after a redirect) comes back with a new id, so a storage may store by id difference
 * (remove the ids that are gone, append the new ones). Storages reach the request's session with
 * {@code RequestContext.of(exchange).session()}. Expiry, targeting and overflow are handled by Flashkit.
 *
 * <p>Built in: {@link CookieMessageStorage}, {@link SessionMessageStorage}, {@link FallbackMessageStorage}
 * (the default). Test an implementation with {@code dev.flashkit.test.MessageStorageContract}.
 */
public interface MessageStorage {

    /** The stored messages of this client, oldest first; empty (never an exception) for bad or missing data. */
    List<Message> load(Exchange exchange);

    /**
     * Replaces the stored messages with {@code messages} (an empty list clears them) and returns those it
     * could not store — a suffix of {@code messages}, in order; empty when everything fit.
     */
    List<Message> store(Exchange exchange, List<Message> messages);

    /**
     * Called when a request consumes (displays) stored messages: returns the subset this request owns.
     * The default owns all. A shared store (Redis) claims atomically here so that parallel requests of one
     * client deliver each message exactly once; Flashkit displays only what this returns.
     */
    default List<Message> claim(Exchange exchange, List<Message> messages) {
        return messages;
    }

    /**
     * Whether this storage set stored messages aside for this request that it has neither displayed nor
     * returned yet: a shared store may claim, while the request's session loads, the messages the request
     * may display ({@code RequestContext.claimTarget()}), so that displaying them costs no further round
     * trip. Flashkit then commits messages even for a request that never used them, and {@link #store} gets
     * back the undisplayed ones among the messages to keep. The default holds nothing.
     */
    default boolean holds(Exchange exchange) {
        return false;
    }

    /**
     * Called instead of a commit when the request fails (a 5xx response or an exception, for which the
     * adapters save nothing): puts the messages this storage set aside for the request ({@link #holds}) back
     * unchanged. Must not throw. The default has nothing to return.
     */
    default void release(Exchange exchange) {}
}
