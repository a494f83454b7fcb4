package dev.flashkit.spring.metrics;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitMetrics;
import dev.flashkit.FlashkitMetrics.StoreOperation;
import dev.flashkit.session.SessionStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Flashkit's per-instance counters ({@link FlashkitMetrics}) as Micrometer meters, read when the registry polls:
 * function counters for the events, one per store operation for store failures, and a distribution summary (count,
 * total, max) with cumulative buckets for the {@code Set-Cookie} sizes. Nothing is pushed; Flashkit's hot path
 * only adds to its own counters.
 */
final class FlashkitMeterBinder implements MeterBinder {
    private final FlashkitMetrics metrics;
    private final String store;

    FlashkitMeterBinder(Flashkit flashkit) {
        this.metrics = flashkit.metrics();
        this.store = storeTag(flashkit.config().sessionStore());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(
                registry,
                "flashkit.session.cookies.invalid",
                FlashkitMetrics::invalidSessionCookies,
                "Session cookies ignored as invalid, tampered or expired");
        counter(
                registry,
                "flashkit.messages.cookies.invalid",
                FlashkitMetrics::invalidMessageCookies,
                "Messages cookies ignored and deleted as tampered, truncated, foreign or malformed");
        counter(
                registry,
                "flashkit.messages.coalesced",
                FlashkitMetrics::coalescedMessages,
                "Flash messages merged into a '+N more messages' entry because storage or backlog was full");
        counter(
                registry,
                "flashkit.messages.dropped",
                FlashkitMetrics::droppedMessages,
                "Flash messages no storage could hold even after merging and shortening");
        counter(
                registry,
                "flashkit.messages.expired.undelivered",
                FlashkitMetrics::expiredUndeliveredMessages,
                "Flash messages that expired before any page displayed them");
        for (StoreOperation operation : StoreOperation.values()) {
            FunctionCounter.builder("flashkit.store.failures", metrics, m -> m.storeFailures(operation))
                    .tags("store", store, "operation", operation.name().toLowerCase(Locale.ROOT))
                    .description("Session store failures (answered with 503)")
                    .register(registry);
        }
        Meter.builder(
                        "flashkit.cookie.size",
                        Meter.Type.DISTRIBUTION_SUMMARY,
                        List.of(
                                new Measurement(() -> metrics.setCookieSizes().count(), Statistic.COUNT),
                                new Measurement(() -> metrics.setCookieSizes().totalBytes(), Statistic.TOTAL),
                                new Measurement(() -> metrics.setCookieSizes().maxBytes(), Statistic.MAX)))
                .baseUnit("bytes")
                .description("Sizes of the Set-Cookie headers Flashkit wrote (whole header line; max since start)")
                .register(registry);
        for (Integer limit : metrics.setCookieSizes().countUpTo().keySet()) {
            FunctionCounter.builder("flashkit.cookie.size.buckets", metrics, m -> m.setCookieSizes()
                            .countUpTo()
                            .get(limit))
                    .tag("le", String.valueOf(limit))
                    .baseUnit("headers")
                    .description("Set-Cookie headers at most le bytes long (cumulative)")
                    .register(registry);
        }
    }

    private void counter(MeterRegistry registry, String name, ToLongFunction<FlashkitMetrics> count, String what) {
        FunctionCounter.builder(name, metrics, m -> count.applyAsLong(m))
                .description(what)
                .register(registry);
    }

    /**
     * The store's tag: its class name without "SessionStore", lower case ("redis", "jdbc", "memory"); "cookie" for
     * the default cookie store.
     */
    static String storeTag(SessionStore store) {
        if (store == null) {
            return "cookie";
        }
        String name = store.getClass().getSimpleName();
        String tag = name.endsWith("SessionStore") ? name.substring(0, name.length() - "SessionStore".length()) : name;
        return tag.isEmpty() ? store.getClass().getName() : tag.toLowerCase(Locale.ROOT);
    }
}
