package dev.flashkit.benchmarks.memory;

import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Heap bytes per idle session in {@link MemorySessionStore}: the used heap after a full GC with N sessions
 * saved, minus the used heap after a full GC with the empty store, divided by N. Prints a Markdown table
 * (used by {@code flashkit-benchmarks/load/run.sh}). Usage: {@code SessionMemory [N]}, default 100,000.
 */
public final class SessionMemory {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder IDS = Base64.getUrlEncoder().withoutPadding();

    private SessionMemory() {}

    /** Measures the session shapes and prints one table row each. */
    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.println("| session held by `MemorySessionStore` | sessions | heap bytes per session |");
        System.out.println("|---|---:|---:|");
        measure("1 attribute (`user` = `\"user-0000042\"`)", count, i -> Map.of("user", "user-" + pad(i)));
        measure("5 attributes (user, role, 43-char CSRF token, locale, cart count)", count, i -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("user", "user-" + pad(i));
            data.put("role", "customer");
            data.put("csrf", newId(32));
            data.put("locale", "en-GB");
            data.put("cart", 3L);
            return data;
        });
    }

    private static void measure(String shape, int count, IntFunction<Map<String, Object>> attributes)
            throws InterruptedException {
        MemorySessionStore store = MemorySessionStore.create(count * 2L);
        long before = usedAfterFullGc();
        Instant now = Instant.now();
        Duration ttl = Duration.ofDays(14);
        for (int i = 0; i < count; i++) {
            Map<String, Object> data = attributes.apply(i);
            SessionData session = new SessionData(newId(24), 0, now, now, data, false);
            store.save(session, new SessionChanges(true, null, false, data, Set.of()), ttl);
        }
        long after = usedAfterFullGc();
        if (store.size() != count) {
            throw new IllegalStateException("expected " + count + " sessions, store holds " + store.size());
        }
        System.out.printf("| %s | %,d | %,d |%n", shape, count, (after - before) / count);
    }

    private static long usedAfterFullGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String newId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return IDS.encodeToString(b);
    }

    private static String pad(int i) {
        return String.format("%07d", i);
    }
}
