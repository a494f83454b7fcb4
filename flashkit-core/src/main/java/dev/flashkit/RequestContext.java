package dev.flashkit;

import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.messages.Messages;
import dev.flashkit.messages.RequestMessages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.session.SessionTooLargeException;
import dev.flashkit.spi.Exchange;
import java.util.Optional;

/**
 * Flashkit's state for one request: the lazy session (and messages), and {@link #commit()}, which the
 * adapter calls once before the response is committed to write or delete cookies and mark the response
 * private. Not thread-safe: it belongs to one request.
 */
public final class RequestContext {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");
    /** The request attribute under which adapters keep the context. */
    public static final String ATTRIBUTE = RequestContext.class.getName();

    private final Flashkit flashkit;
    private final Exchange exchange;
    private DefaultSession session;
    private BoundExchange bound;
    private RequestMessages messages;
    private boolean committed;
    private boolean privateResponse;

    RequestContext(Flashkit flashkit, Exchange exchange) {
        this.flashkit = flashkit;
        this.exchange = exchange;
    }

    /**
     * The context an adapter stored as a request attribute, or {@link FlashkitNotInstalledException} when
     * {@code attribute} is not one (no adapter opened a context for this request).
     */
    public static RequestContext require(Object attribute, String what) {
        if (attribute instanceof RequestContext context) {
            return context;
        }
        throw new FlashkitNotInstalledException(what);
    }

    /**
     * The flash messages of this request, or {@link Messages#NOOP} when {@code attribute} is not a context:
     * the lenient entry point for reusable components that must also work where Flashkit is not installed
     * (Django's {@code fail_silently}).
     */
    public static Messages messagesOrNoop(Object attribute) {
        return attribute instanceof RequestContext context ? context.messages() : Messages.NOOP;
    }

    /**
     * The context of an exchange Flashkit handed to a message storage ({@link #storageExchange()}), so a
     * storage can reach the session: {@code RequestContext.of(exchange).session()}.
     *
     * @throws IllegalArgumentException when the exchange did not come from Flashkit
     */
    public static RequestContext of(Exchange exchange) {
        if (exchange instanceof BoundExchange b) {
            return b.context();
        }
        throw new IllegalArgumentException("this exchange was not handed out by Flashkit; pass"
                + " RequestContext.storageExchange() to message storages");
    }

    /** The flash messages of this request (nothing is read from cookie or store until first use). */
    public Messages messages() {
        if (messages == null) {
            BoundExchange e = storageExchange0();
            messages = new RequestMessages(flashkit.config(), flashkit.messageStorage(), e, e, committed);
        }
        return messages;
    }

    /** This request's exchange bound to this context: what Flashkit passes to message storages. */
    public Exchange storageExchange() {
        return storageExchange0();
    }

    private BoundExchange storageExchange0() {
        if (bound == null) {
            bound = new BoundExchange(exchange, this);
        }
        return bound;
    }

    /** The session of this request (loaded from the cookie or store on first use). */
    public Session session() {
        if (session == null) {
            BoundExchange e = storageExchange0();
            session = new DefaultSession(
                    flashkit.sessionStore(),
                    flashkit.config(),
                    e.cookie(flashkit.config().sessionCookieName()),
                    e);
        }
        return session;
    }

    /**
     * For stores that claim flash messages while loading the session (Redis): the path + query whose
     * stored messages this request may display from now on — untargeted ones and those targeted here —
     * or empty when it should claim none. Present for a request that may consume stored messages (not
     * {@code HEAD}, not a prefetch) and is likely to display them (a {@code GET} page navigation or a
     * client that does not say, or an htmx request); during the commit only when messages are delivered
     * to htmx; never after. Claimed messages a request does not display go back at commit
     * ({@link dev.flashkit.messages.MessageStorage#holds}).
     */
    public Optional<String> claimTarget() {
        if (messages != null) {
            return messages.claimTarget();
        }
        return committed ? Optional.empty() : RequestMessages.claimTarget(exchange);
    }

    /**
     * The session store's failure to load this request's session (Redis unreachable or timed out), once it
     * happened: every later use of the session in this request throws it again. Adapters answer {@code 503}
     * for it even when the application let it escape wrapped in another exception (a template engine's), which
     * their exception mapping by type cannot see.
     */
    public Optional<SessionStoreException> storeFailure() {
        return session == null ? Optional.empty() : Optional.ofNullable(session.loadFailure());
    }

    /** The exchange this context belongs to. */
    public Exchange exchange() {
        return exchange;
    }

    /** The Flashkit instance that opened this context. */
    public Flashkit flashkit() {
        return flashkit;
    }

    /** Whether {@link #commit()} already ran. */
    public boolean isCommitted() {
        return committed;
    }

    /** Marks the response as carrying per-user content: it gets {@code Cache-Control: private, no-store}. */
    void markPrivate() {
        privateResponse = true;
    }

    /**
     * Commits messages first (they may write into the session), then the session: saves what changed and
     * writes the cookie headers; idempotent. Call before the response is committed.
     *
     * @throws SessionTooLargeException when a cookie session no longer fits in a cookie
     */
    public void commit() {
        if (committed) {
            return;
        }
        FlashkitConfig config = flashkit.config();
        if (messages == null
                && (RequestMessages.needsCommit(config, exchange)
                        || (bound != null && flashkit.messageStorage().holds(bound)))) {
            // htmx deliveries and redirects concern pending messages even when the handler never used them, and
            // messages claimed with the session must be displayed or given back
            messages();
        }
        committed = true;
        if (messages != null && messages.commit()) {
            privateResponse = true;
        }
        if (session != null) {
            DefaultSession.Outcome outcome = session.commit();
            SetCookieHeader.Attributes attributes = config.cookieAttributes(exchange.isSecure());
            String name = config.sessionCookieName();
            if (outcome instanceof DefaultSession.Write write) {
                String header = SetCookieHeader.of(
                        name, write.value(), write.maxAge(), config.clock().instant(), attributes);
                int size = SetCookieHeader.byteLength(header) + "Set-Cookie: ".length();
                if (size > SetCookieHeader.MAX_HEADER_BYTES) {
                    throw new SessionTooLargeException(name, size, SetCookieHeader.MAX_HEADER_BYTES);
                }
                exchange.addResponseHeader("Set-Cookie", header);
                privateResponse = true;
            } else if (outcome instanceof DefaultSession.Delete) {
                exchange.addResponseHeader("Set-Cookie", SetCookieHeader.deletion(name, attributes));
                privateResponse = true;
            }
        }
        if (privateResponse) {
            exchange.setResponseHeader("Cache-Control", "private, no-store");
            String vary = exchange.responseHeader("Vary");
            if (vary == null || vary.isBlank()) {
                exchange.setResponseHeader("Vary", "Cookie");
            } else if (!vary.equals("*")
                    && !vary.toLowerCase(java.util.Locale.ROOT).matches("(.*[ ,])?cookie([ ,].*)?")) {
                exchange.setResponseHeader("Vary", vary + ", Cookie");
            }
        }
    }

    /**
     * Ends a failed request without committing — what the adapters do for a 5xx response or an exception:
     * nothing is saved and no cookie is written; messages the storage set aside for this request go back
     * unchanged ({@link dev.flashkit.messages.MessageStorage#release}). Idempotent; does nothing after
     * {@link #commit()}. Never throws.
     */
    public void abandon() {
        if (committed) {
            return;
        }
        committed = true;
        if (bound != null) {
            try {
                flashkit.messageStorage().release(bound);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Flashkit: could not return the flash messages claimed by a failed request: "
                                + e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public String toString() {
        return "RequestContext[" + exchange.method() + " " + exchange.path() + ", committed=" + committed + "]";
    }
}
