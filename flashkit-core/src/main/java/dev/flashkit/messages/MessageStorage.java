package dev.flashkit.messages;

import dev.flashkit.internal.Stages;
import dev.flashkit.spi.RequestScope;
import java.util.List;
import java.util.concurrent.CompletionStage;

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
 * <p><b>Non-blocking variants.</b> A reactive adapter calls {@link #loadAsync}, {@link #storeAsync} and
 * {@link #claimAsync}. Their defaults run the blocking methods on the calling thread and return a completed
 * stage; a storage whose blocking methods never wait on I/O (cookies, the session: the session is loaded before
 * a reactive request uses messages) or whose async methods use a non-blocking client says so with {@link
 * #isNonBlocking()}; others are run on a worker pool by the reactive adapter.
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
     * The default owns all, and returns {@code messages} itself: a storage that claims nothing does the same, so
     * the non-blocking path (which claims ahead of display) knows there is nothing to put back. A shared store (Redis) claims atomically here so that parallel requests of one
     * client deliver each message exactly once; Flashkit displays only what this returns.
     */
    default List<Message> claim(RequestScope scope, List<Message> messages) {
        return messages;
    }

    /**
     * Whether {@link #loadAsync}, {@link #storeAsync} and {@link #claimAsync} never block the calling thread.
     * {@code false} (the default) tells a reactive adapter to run this storage's calls on a worker pool.
     */
    default boolean isNonBlocking() {
        return false;
    }

    /** {@link #load} as a stage; the default runs the blocking method here and now. */
    default CompletionStage<List<Message>> loadAsync(RequestScope scope) {
        return Stages.now(() -> load(scope));
    }

    /** {@link #store} as a stage; the default runs the blocking method here and now. */
    default CompletionStage<List<Message>> storeAsync(RequestScope scope, List<Message> messages) {
        return Stages.now(() -> store(scope, messages));
    }

    /** {@link #claim} as a stage; the default runs the blocking method here and now. */
    default CompletionStage<List<Message>> claimAsync(RequestScope scope, List<Message> messages) {
        return Stages.now(() -> claim(scope, messages));
    }

    /**
     * For a failed request on the non-blocking path ({@code RequestContext.abandonAsync()}): puts back, without
     * blocking, what this storage set aside for the request, before the scope's {@link RequestScope#onAbandon}
     * actions run (an action whose work this already did finds nothing left to do). The default does nothing and
     * leaves it to those actions. A failure is logged by the storage; the stage's outcome is ignored.
     */
    default CompletionStage<Void> abandonAsync(RequestScope scope) {
        return Stages.done();
    }
}
