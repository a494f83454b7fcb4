package dev.flashkit.jdbc;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Runs the expired-session cleanup periodically on one daemon thread; a failed run is logged and retried. */
final class Cleaner implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Cleaner.class.getName());

    private final ScheduledExecutorService executor;

    Cleaner(IntSupplier cleanup, Duration interval) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "flashkit-jdbc-cleanup");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> run(cleanup), millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void run(IntSupplier cleanup) {
        try {
            int deleted = cleanup.getAsInt();
            if (deleted > 0) {
                LOG.log(System.Logger.Level.DEBUG, "Flashkit: deleted " + deleted + " expired session(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Flashkit: session cleanup failed, retried later: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
