package dev.flashkit.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Small helpers for the {@code CompletionStage} variants of the store SPI: the blocking defaults run the blocking
 * method and wrap its result or failure in a completed stage. Flashkit internal.
 */
public final class Stages {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private Stages() {}

    /** Runs {@code call} here and now: a stage completed with its result, or failed with what it threw. */
    public static <T> CompletionStage<T> now(Supplier<T> call) {
        try {
            return CompletableFuture.completedFuture(call.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs {@code action} here and now: a completed stage, or one failed with what it threw. */
    public static CompletionStage<Void> run(Runnable action) {
        try {
            action.run();
            return DONE;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A stage already completed with nothing. */
    public static CompletionStage<Void> done() {
        return DONE;
    }

    /** The failure a stage completed with, without the {@link CompletionException} wrapper stages add. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
