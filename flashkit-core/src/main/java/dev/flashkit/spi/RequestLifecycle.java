package dev.flashkit.spi;

import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import java.util.Objects;
import java.util.Optional;

/**
 * How one request ends, decided once for every adapter: the adapter calls {@link #end(int)} where its framework
 * is about to send the response, or {@link #abandon()} when the handler threw, and at the very end
 * {@link #finish(int, Throwable)}, which says whether to answer {@link StoreUnavailable 503} instead.
 *
 * <ul>
 *   <li>A response below 500 commits: the session is saved and the cookies are written.
 *   <li>A server error (5xx) or an exception abandons: nothing is saved, nothing is consumed.
 *   <li>A session store that failed while loading <em>or</em> saving (a {@link SessionStoreException} in the
 *       exception's cause chain, or recorded by this request) turns the answer into 503 — unless the
 *       application answered with a 5xx other than 500 itself, which is then its own error page.
 * </ul>
 *
 * <p>One per request; thread-safe, since a servlet container may reach a commit point on another thread.
 */
public final class RequestLifecycle {
    private final RequestContext context;
    private boolean ended;
    private SessionStoreException saveFailure;

    /** The lifecycle of the request {@code context} belongs to. */
    public RequestLifecycle(RequestContext context) {
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    /** The request's context. */
    public RequestContext context() {
        return context;
    }

    /** Whether {@link #end}, {@link #abandon} or {@link #finish} already ended the request. */
    public synchronized boolean isEnded() {
        return ended;
    }

    /**
     * Ends the request just before the response goes out with {@code status}: commits below 500, abandons a 5xx
     * response. Runs once; later calls do nothing.
     *
     * @throws SessionStoreException when the store failed to load this request's session (nothing is written,
     *     so the user's cookie stays) or fails to save it; {@link #finish} answers 503 for it
     */
    public synchronized void end(int status) {
        if (ended) {
            return;
        }
        ended = true;
        if (status >= 500) {
            context.abandon();
            return;
        }
        Optional<SessionStoreException> loadFailure = context.storeFailure();
        if (loadFailure.isPresent()) {
            context.abandon(); // a session that never loaded must not be written (nor its cookie deleted)
            throw loadFailure.get();
        }
        try {
            context.commit();
        } catch (SessionStoreException e) {
            saveFailure = e;
            throw e;
        }
    }

    /** Ends a request whose handler threw: abandons it (nothing saved or consumed). Runs once. */
    public synchronized void abandon() {
        ended = true;
        context.abandon(); // does nothing after a commit
    }

    /**
     * Ends the request if no commit point did (abandons it when {@code thrown} is not {@code null}, else
     * {@link #end}s it with {@code status}), then returns the store failure the adapter must answer
     * {@link StoreUnavailable 503} for, or empty to send the response as it is (or rethrow {@code thrown}).
     *
     * @param status the response status as the handler left it
     * @param thrown what escaped the handler, or {@code null}
     */
    public synchronized Optional<SessionStoreException> finish(int status, Throwable thrown) {
        if (thrown != null) {
            abandon();
        } else if (!ended) {
            try {
                end(status);
            } catch (SessionStoreException recorded) {
                // answered below, like a failure a commit point inside the handler recorded
            }
        }
        return storeFailure(status, thrown);
    }

    /**
     * The store failure to answer {@link StoreUnavailable 503} for, or empty: a {@link SessionStoreException} in
     * {@code thrown}'s cause chain, else one this request recorded while loading or saving — unless the
     * application answered with a 5xx other than 500 itself. Decides nothing else; {@link #finish} ends first.
     *
     * @param status the response status as the handler left it
     * @param thrown what escaped the handler, or {@code null}
     */
    public synchronized Optional<SessionStoreException> storeFailure(int status, Throwable thrown) {
        SessionStoreException inChain = find(thrown);
        if (inChain != null) {
            return Optional.of(inChain);
        }
        if (thrown == null && status > 500) {
            return Optional.empty(); // the application's own error page, e.g. its own 503
        }
        return saveFailure != null ? Optional.of(saveFailure) : context.storeFailure();
    }

    /** The {@link SessionStoreException} in {@code failure}'s cause chain, or {@code null}. */
    private static SessionStoreException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SessionStoreException storeFailure) {
                return storeFailure;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
