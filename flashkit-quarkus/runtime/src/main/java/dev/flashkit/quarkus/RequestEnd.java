package dev.flashkit.quarkus;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * How a request ends on the non-blocking path, the rules of {@link dev.flashkit.spi.RequestLifecycle} with {@link
 * RequestContext#commitAsync()}: below 500 it commits, a 5xx abandons (nothing saved, nothing consumed), and a store
 * failure is returned for the caller to answer 503. Store calls that may block run on a worker thread.
 */
final class RequestEnd {
    private RequestEnd() {}

    /**
     * Ends {@code context}'s request, whose response has {@code status}. The stage completes with the store failure
     * to answer 503 for (else empty), or fails with what else went wrong (a session too large for its cookie).
     */
    static CompletionStage<Optional<SessionStoreException>> end(RequestContext context, int status) {
        if (context.isCommitted()) {
            return Offload.done(Optional.empty());
        }
        Optional<SessionStoreException> loadFailure = context.storeFailure();
        if (status >= 500 || loadFailure.isPresent()) {
            return abandon(context).thenApply(ignored -> loadFailure);
        }
        Flashkit flashkit = context.flashkit();
        return Offload.run(!Offload.nonBlocking(flashkit), context::commitAsync).handle((done, failure) -> {
            if (failure == null) {
                return Optional.<SessionStoreException>empty();
            }
            if (Offload.unwrap(failure) instanceof SessionStoreException storeFailure) {
                return Optional.of(storeFailure);
            }
            throw Offload.propagate(failure);
        });
    }

    /**
     * Abandons the request: nothing saved, messages claimed for it put back. The put-back of a server store (Redis)
     * is a blocking call, so on an event loop it runs on a worker thread (abandoning is rare: a 5xx or an exception).
     */
    static CompletionStage<Void> abandon(RequestContext context) {
        return Offload.run(true, () -> {
            context.abandon();
            return Offload.done(null);
        });
    }
}
