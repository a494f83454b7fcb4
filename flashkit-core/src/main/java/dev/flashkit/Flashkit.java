package dev.flashkit;

import dev.flashkit.internal.Counters;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.CookieSessionStore;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.Exchange;
import java.util.Objects;

/**
 * The entry point adapters use: built once from a {@link FlashkitConfig}, immutable and thread-safe.
 * For each request an adapter calls {@link #open(Exchange)}, hands the {@link RequestContext} to the
 * application, and calls {@link RequestContext#commit()} before the response is committed.
 */
public final class Flashkit {
    private final FlashkitConfig config;
    private final SessionStore sessionStore;
    private final MessageStorage messageStorage;
    private final Counters counters = new Counters();
    private final FlashkitMetrics metrics = new FlashkitMetrics(counters);

    private Flashkit(FlashkitConfig config) {
        this.config = config;
        this.sessionStore = config.sessionStore() != null ? config.sessionStore() : CookieSessionStore.create(config);
        sessionStore.onInstall(config);
        this.messageStorage =
                config.messages().storage() != null ? config.messages().storage() : FallbackMessageStorage.create();
    }

    /** A Flashkit for {@code config}. */
    public static Flashkit create(FlashkitConfig config) {
        return new Flashkit(Objects.requireNonNull(config, "config must not be null"));
    }

    /** A Flashkit configured from {@code FLASHKIT_*} system properties and environment variables. */
    public static Flashkit fromEnvironment() {
        return create(FlashkitConfig.fromEnvironment().build());
    }

    /** Opens the context of one request; nothing is decoded until the session or messages are used. */
    public RequestContext open(Exchange exchange) {
        return new RequestContext(this, Objects.requireNonNull(exchange, "exchange must not be null"));
    }

    /** The configuration. */
    public FlashkitConfig config() {
        return config;
    }

    /** The session store in use. */
    public SessionStore sessionStore() {
        return sessionStore;
    }

    /** The message storage in use (default: cookie first, then the session). */
    public MessageStorage messageStorage() {
        return messageStorage;
    }

    /** This instance's counters (rejected cookies, merged and dropped messages), for a metrics system. */
    public FlashkitMetrics metrics() {
        return metrics;
    }

    /** What the code serving this instance's requests counts into. */
    Counters counters() {
        return counters;
    }

    @Override
    public String toString() {
        return "Flashkit[" + config + "]";
    }
}
