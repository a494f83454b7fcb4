package dev.flashkit.webflux;

import dev.flashkit.RequestContext;
import dev.flashkit.session.SessionStoreException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * How one WebFlux request ends, on the non-blocking path: {@link #prepare()} before the handler, {@link
 * #beforeCommit()} (registered with {@code ServerHttpResponse.beforeCommit}) commits below 500 and abandons a 5xx
 * response, {@link #fail} abandons a request whose handler failed. The rules are {@code RequestLifecycle}'s, the
 * same on every adapter; the store calls are {@code RequestContext}'s {@code CompletionStage} methods, on the
 * calling thread, or on {@code offload} for a store that would block (JDBC).
 */
final class ReactiveRequest {
    private final RequestContext context;
    private final Scheduler offload;
    private final Scheduler eventLoop;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile SessionStoreException storeFailure;

    /**
     * {@code offload}: where store calls run, or {@code null} for the calling thread (non-blocking stores); {@code
     * eventLoop}: where the request continues after a store call, or {@code null} for wherever its stage completed.
     */
    ReactiveRequest(RequestContext context, Scheduler offload, Scheduler eventLoop) {
        this.context = context;
        this.offload = offload;
        this.eventLoop = eventLoop;
    }

    /** Loads the session and the messages this request may display, through the stores' async methods. */
    Mono<Void> prepare() {
        return call(context::prepare).then();
    }

    /**
     * Commits (below 500) or abandons (5xx) once, just before the response's status and headers go out. A store
     * that fails to save fails the response's commit with {@link SessionStoreException}: the filter then answers
     * 503 instead, and the failure is kept for {@link #storeFailure(Throwable)}.
     */
    Mono<Void> beforeCommit() {
        return Mono.defer(() -> {
            if (!ended.compareAndSet(false, true)) {
                return Mono.empty();
            }
            if (context.exchange().status() >= 500) {
                return call(context::abandonAsync);
            }
            return call(context::commitAsync).onErrorMap(SessionStoreException.class, failure -> {
                storeFailure = failure;
                return failure;
            });
        });
    }

    /** Ends a request whose handler (or its response's commit) failed: abandons it, nothing saved or consumed. */
    Mono<Void> fail() {
        ended.set(true);
        return call(context::abandonAsync);
    }

    /**
     * The store failure to answer 503 for after {@code failure}: a {@link SessionStoreException} in its cause chain
     * (a failed load, or one the handler let escape wrapped), or the save failure {@link #beforeCommit()} met; else
     * {@code null}.
     */
    SessionStoreException storeFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SessionStoreException store) {
                return store;
            }
        }
        return storeFailure != null ? storeFailure : context.storeFailure().orElse(null);
    }

    private <T> Mono<T> call(Supplier<? extends CompletionStage<? extends T>> stage) {
        Mono<T> call = Mono.fromCompletionStage(stage);
        if (offload != null) {
            call = call.subscribeOn(offload);
        }
        return eventLoop == null ? call : call.publishOn(eventLoop);
    }
}
