package dev.flashkit.internal;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.Messages;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * How {@code RequestContext} opens and commits the messages of one request, whose implementation stays
 * package-private in {@code dev.flashkit.messages}: installed by that package's {@code MessagesInternals} when it
 * is initialised (the JDK's "shared secrets" pattern, as {@link CoreAccess}). Flashkit internal.
 */
public abstract class MessagesAccess {
    private static final String IMPLEMENTATION = "dev.flashkit.messages.MessagesInternals";
    private static volatile MessagesAccess installed;

    /** For the one implementation in {@code dev.flashkit.messages}. */
    protected MessagesAccess() {}

    /**
     * The messages of one request as its context drives them: what the application sees ({@link Messages})
     * plus the commit.
     */
    public interface CommittableMessages extends Messages {
        /**
         * The claim target while this commit loads what storage holds: the request's own path + query when
         * messages are delivered to htmx (a session loaded then claims what the delivery shows), else empty.
         * Ask before {@link #commit()}.
         */
        Optional<String> commitClaimTarget();

        /** Delivers, stamps and stores, once; returns whether messages were displayed (do not cache). */
        boolean commit();

        /**
         * The non-blocking path before the handler: loads what storage holds and claims what this request may
         * display through the storage's async methods, so later reads and the commit's claims work in memory.
         */
        CompletionStage<Void> prepareAsync();

        /** {@link #commit()} storing through the storage's async methods; completes with its result. */
        CompletionStage<Boolean> commitAsync();

        /**
         * Whether {@link #prepareAsync()} took messages out of storage (a claim), so the commit must run to store
         * back those the request does not display, even when the handler never used the messages.
         */
        boolean tookFromStorage();
    }

    /** Installs the implementation; called once, by {@code MessagesInternals}. */
    public static void install(MessagesAccess access) {
        synchronized (MessagesAccess.class) {
            if (installed != null) {
                throw new IllegalStateException("MessagesAccess is installed once, by " + IMPLEMENTATION);
            }
            installed = access;
        }
    }

    private static MessagesAccess get() {
        MessagesAccess access = installed;
        if (access == null) {
            try {
                Class.forName(IMPLEMENTATION, true, MessagesAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = installed;
        }
        return access;
    }

    /**
     * The messages of one request: {@code exchange} is the adapter's, {@code scope} the one stores receive,
     * {@code cookies} its cookie writer; {@code committed} says whether the response was already committed (then
     * nothing may be added).
     */
    public static CommittableMessages open(
            FlashkitConfig config,
            MessageStorage storage,
            Exchange exchange,
            RequestScope scope,
            CookieWriter cookies,
            boolean committed) {
        return get().openMessages(config, storage, exchange, scope, cookies, committed);
    }

    /**
     * Whether a request whose handler never used messages still needs their commit: htmx deliveries and
     * redirects, and page visits that may hold messages targeted here ({@code sessionUsed}: the handler used the
     * session). Cheap (headers only).
     */
    public static boolean needsCommit(FlashkitConfig config, Exchange exchange, boolean sessionUsed) {
        return get().needsCommitOf(config, exchange, sessionUsed);
    }

    /**
     * The claim target before the commit ({@link RequestScope#claimTarget()}): this request's path + query when
     * it may consume stored messages and is likely to display them, else empty. Cheap (request line and headers).
     */
    public static Optional<String> claimTarget(Exchange exchange) {
        return get().claimTargetOf(exchange);
    }

    /** See {@link #open}. */
    protected abstract CommittableMessages openMessages(
            FlashkitConfig config,
            MessageStorage storage,
            Exchange exchange,
            RequestScope scope,
            CookieWriter cookies,
            boolean committed);

    /** See {@link #needsCommit}. */
    protected abstract boolean needsCommitOf(FlashkitConfig config, Exchange exchange, boolean sessionUsed);

    /** See {@link #claimTarget}. */
    protected abstract Optional<String> claimTargetOf(Exchange exchange);
}
