package dev.flashkit.benchmarks.http;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap so far by all live threads of this JVM (HotSpot's per-thread allocation
 * counters). The load script reads it before and after a measured run and divides the difference by the
 * request count; threads that die during a run would be missed, which the server's busy pools do not do.
 */
public final class AllocationCounter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationCounter() {}

    /** The sum of the live threads' allocated bytes, as text for the {@code /_allocated} endpoint. */
    public static String allocatedBytes() {
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            if (bytes > 0) {
                total += bytes;
            }
        }
        return Long.toString(total);
    }
}
