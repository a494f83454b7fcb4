package dev.flashkit.quarkus;

import dev.flashkit.Flashkit;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Where Flashkit's store calls run: on the calling thread when the stores never block ({@code isNonBlocking()}: the
 * cookie store, Redis on Lettuce's async API), else — on a Vert.x event loop only — on a worker thread, so that a
 * blocking store (JDBC, a custom one) never blocks the event loop.
 */
final class Offload {
    private Offload() {}

    /** Whether both the session store and the message storage say they never block. */
    static boolean nonBlocking(Flashkit flashkit) {
        return flashkit.sessionStore().isNonBlocking()
                && flashkit.messageStorage().isNonBlocking();
    }

    /**
     * Runs {@code work} here, or on a worker thread when it may block and this is an event-loop thread; the stage
     * completes on that worker (or the store's thread): callers hop back with {@link #resumeOn}.
     */
    static <T> CompletionStage<T> run(boolean mayBlock, Supplier<CompletionStage<T>> work) {
        if (!mayBlock || !Context.isOnEventLoopThread()) {
            return work.get();
        }
        Vertx vertx = Vertx.currentContext().owner();
        return vertx.<T>executeBlocking(() -> join(work.get()), false).toCompletionStage();
    }

    /** Runs {@code action} on the thread of {@code context} (at once when this is already that context's thread). */
    static void resumeOn(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }

    /** The cause of a failed stage, unwrapped from {@link CompletionException}. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** {@code failure}'s cause as an unchecked exception to rethrow from a stage's handler. */
    static RuntimeException propagate(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    private static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A stage already completed with {@code value}. */
    static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
