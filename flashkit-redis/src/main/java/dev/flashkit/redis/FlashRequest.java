package dev.flashkit.redis;

import dev.flashkit.internal.Stages;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What one request remembers about its session's flash list between the calls Flashkit makes, kept in a
 * slot of the request's {@link RequestScope} (never in a map inside the store or in a session attribute):
 * it is written by {@link RedisSessionStore}'s load and save and by {@link RedisMessageStorage}, and dies
 * with the request. The two never call each other: the store's load leaves here what it read and claimed,
 * the storage takes it from here.
 */
final class FlashRequest {
    private static final System.Logger LOG = System.getLogger(RedisMessageStorage.class.getName());

    /** The slot of a request's flash state. */
    static final RequestScope.Key<FlashRequest> KEY = RequestScope.Key.of("flashkit.redis.flash");

    /**
     * The list's raw entries as the owning session store's load read them (with the session, one round trip);
     * {@code null} when the load found no session.
     */
    List<String> readWithSession;

    /** Whether the message storage already stored a change in this request (then a load reads Redis). */
    boolean stored;

    /** Ids this request loaded that are still in Redis (claimed ones are not); {@code null} before a load. */
    Set<String> inRedis;

    /** Entries the session load claimed for this request and not yet stored back or released. */
    HeldFlash held;

    /** The change the owning session store's save writes in the same script; {@code null} when none. */
    FlashDelta pending;

    /** The state of {@code scope}'s request, created on first use. */
    static FlashRequest of(RequestScope scope) {
        return scope.computeIfAbsent(KEY, FlashRequest::new);
    }

    /**
     * Called by the session store when its load claimed entries for this request: {@code live} are the list's
     * entries as loaded (in order), {@code claimedIds} those removed for the request. The request holds them
     * until it displays them, stores them back at commit, or fails: then {@code queue} puts them back.
     */
    static void hold(
            RequestScope scope, String sessionId, List<String> live, List<String> claimedIds, FlashQueue queue) {
        List<FlashEntry> entries = new ArrayList<>(live.size());
        for (String raw : live) {
            FlashEntry e = FlashQueue.decode(raw);
            if (e != null) {
                entries.add(e);
            }
        }
        FlashRequest request = of(scope);
        request.held = new HeldFlash(sessionId, entries, Set.copyOf(claimedIds));
        scope.holdMessages();
        scope.onAbandon(() -> request.release(queue));
    }

    /**
     * {@link #release} on Lettuce's asynchronous API, for {@code RequestContext.abandonAsync()}: takes what the
     * request holds (so the registered blocking put-back finds nothing left) and puts it back in one script.
     */
    static CompletionStage<Void> releaseAsync(RequestScope scope, AsyncFlashCommands commands) {
        FlashRequest request = scope.get(KEY);
        HeldFlash claimed = request == null ? null : request.held;
        if (claimed == null) {
            return CompletableFuture.completedFuture(null);
        }
        request.inRedis = null;
        request.held = null;
        if (claimed.claimed().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        FlashDelta delta = FlashQueue.delta(false, List.of(), claimed.claimed(), claimed.order(), List.of());
        return commands.restore(claimed.sessionId(), delta).handle((merged, failure) -> {
            if (failure != null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Flashkit: could not put back the flash messages a failed request claimed; they are lost: "
                                + Stages.unwrap(failure).getMessage());
            }
            return null;
        });
    }

    /**
     * Puts back everything the failed request claimed with its session (one script) — also what its error
     * page displayed: like the built-in storages, a failed request consumes nothing. Run when the request is
     * abandoned.
     */
    private void release(FlashQueue queue) {
        inRedis = null;
        HeldFlash claimed = held;
        held = null;
        if (claimed == null || claimed.claimed().isEmpty()) {
            return;
        }
        try {
            queue.restore(
                    claimed.sessionId(),
                    FlashQueue.delta(false, List.of(), claimed.claimed(), claimed.order(), List.of()));
        } catch (SessionStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: could not put back the flash messages a failed request claimed; they are lost: "
                            + e.getMessage());
        }
    }
}
