package dev.flashkit;

import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.MessagesAccess;
import dev.flashkit.internal.Stages;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.session.SessionTooLargeException;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import dev.flashkit.spi.ResponseCookies;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Flashkit's state for one request: the lazy session (and messages), and {@link #commit()}, which the
 * adapter calls once before the response is committed to write or delete cookies and mark the response
 * private. Not thread-safe: it belongs to one request.
 *
 * <p>A reactive adapter, whose event-loop thread must never block, uses the non-blocking path instead:
 * {@link #prepare()} before the handler runs (the session and the messages the request may display are loaded
 * through the stores' async methods, so the handler's session and messages calls work in memory), then
 * {@link #commitAsync()} instead of {@link #commit()}.
 */
public final class RequestContext {
    /** The request attribute under which adapters keep the context. */
    public static final String ATTRIBUTE = RequestContext.class.getName();

    private final Flashkit flashkit;
    private final Exchange exchange;
    private DefaultRequestScope scope;
    private CookieWriter cookies;
    private MessagesAccess.CommittableMessages messages;
    private MessagesAccess.CommittableMessages prepared; // loaded by prepare(), not yet asked for
    private boolean committed;

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

    /** The flash messages of this request (nothing is read from cookie or store until first use). */
    public Messages messages() {
        if (messages == null) {
            messages = prepared != null ? prepared : openMessages();
        }
        return messages;
    }

    private MessagesAccess.CommittableMessages openMessages() {
        DefaultRequestScope scope = scope0();
        return MessagesAccess.open(
                flashkit.config(), flashkit.messageStorage(), exchange, scope, scope.cookies(), committed);
    }

    /**
     * This request's scope: what Flashkit hands to its session store and message storage, and what a test of
     * a storage passes to it ({@code storage.load(context.scope())}).
     */
    public RequestScope scope() {
        return scope0();
    }

    private DefaultRequestScope scope0() {
        if (scope == null) {
            FlashkitConfig config = flashkit.config();
            cookies = new CookieWriter(
                    exchange,
                    config.cookieAttributes(exchange.isSecure()),
                    config.clock(),
                    config.session().persistentCookie(),
                    flashkit.counters());
            scope = new DefaultRequestScope(flashkit, exchange, cookies);
        }
        return scope;
    }

    /** The session of this request (loaded from the cookie or store on first use). */
    public Session session() {
        return scope0().session();
    }

    /**
     * The session store's failure to load this request's session (Redis unreachable or timed out), once it
     * happened: every later use of the session in this request throws it again. Adapters answer {@code 503}
     * for it even when the application let it escape wrapped in another exception (a template engine's), which
     * their exception mapping by type cannot see.
     */
    public Optional<SessionStoreException> storeFailure() {
        DefaultSession session = scope == null ? null : scope.openedSession();
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

    /**
     * Commits messages first (they may write into the session), then the session: saves what changed and
     * writes the cookie headers, and adds {@code Vary: Cookie} when the session was used at all; idempotent. Call
     * before the response is committed.
     *
     * @throws SessionTooLargeException when a cookie session no longer fits in a cookie
     */
    public void commit() {
        if (committed) {
            return;
        }
        openMessagesForCommit(scope != null && scope.openedSession() != null);
        committed = true;
        if (messages != null) {
            scope.claimFor(messages.commitClaimTarget()); // a session loaded by this commit claims for htmx only
            boolean displayed = messages.commit();
            scope.claimFor(Optional.empty());
            if (displayed) {
                cookies.markPrivate();
            }
        } else if (scope != null) {
            scope.claimFor(Optional.empty());
        }
        DefaultSession session = scope == null ? null : scope.openedSession();
        if (session != null) {
            writeSessionCookie(session, session.commit(scope.saveSessionRequested()));
        }
        if (cookies != null) {
            cookies.finish();
        }
    }

    /** Opens the messages when the commit concerns them unasked: htmx, redirects, messages claimed ahead. */
    private void openMessagesForCommit(boolean sessionUsed) {
        if (messages == null
                && (MessagesAccess.needsCommit(flashkit.config(), exchange, sessionUsed)
                        || (scope != null && scope.holdsMessages())
                        || (prepared != null && prepared.tookFromStorage()))) {
            messages();
        }
    }

    /**
     * The non-blocking path, before the handler runs: loads the session through {@link
     * dev.flashkit.session.SessionStore#loadAsync} (only with a session cookie), then the stored messages through
     * {@link dev.flashkit.messages.MessageStorage#loadAsync}, claiming those this request may display ({@code
     * claimAsync}); afterwards {@link #session()} and {@link #messages()} touch memory only, and what the handler
     * leaves unused is not committed. Call it once; end with {@link #commitAsync()}. A store failure fails the stage
     * with {@link SessionStoreException} (answer 503) and is kept as {@link #storeFailure()}.
     */
    public CompletionStage<RequestContext> prepare() {
        DefaultRequestScope scope = scope0();
        CompletionStage<Void> session = scope.cookie(flashkit.config().sessionCookieName()) == null
                ? Stages.done()
                : scope.session().loadAsync();
        return session.thenCompose(loaded -> {
                    prepared = messages != null ? messages : openMessages();
                    return prepared.prepareAsync();
                })
                .thenApply(done -> {
                    Optional.ofNullable(scope.openedSession()).ifPresent(DefaultSession::forgetUse);
                    return this;
                });
    }

    /**
     * {@link #commit()} for the non-blocking path: commits messages, then the session, through the stores' async
     * methods, and writes the cookies through the same cookie writer. Run it after {@link #prepare()} completed
     * and the handler returned, before the response is committed; idempotent. The stage fails with {@link
     * SessionStoreException} when a store fails and with {@link SessionTooLargeException} when a cookie session
     * no longer fits in a cookie.
     */
    public CompletionStage<Void> commitAsync() {
        if (committed) {
            return Stages.done();
        }
        DefaultSession opened = scope == null ? null : scope.openedSession();
        openMessagesForCommit(opened != null && opened.isUsed()); // prepare()'s own reads do not count
        committed = true;
        CompletionStage<Boolean> displayed;
        if (messages != null) {
            scope.claimFor(messages.commitClaimTarget());
            displayed = messages.commitAsync().whenComplete((done, failure) -> scope.claimFor(Optional.empty()));
        } else {
            if (scope != null) {
                scope.claimFor(Optional.empty());
            }
            displayed = CompletableFuture.completedFuture(false);
        }
        return displayed
                .thenCompose(shown -> {
                    if (shown) {
                        cookies.markPrivate();
                    }
                    DefaultSession session = scope == null ? null : scope.openedSession();
                    return session == null || !session.isUsed()
                            ? Stages.done()
                            : session.commitAsync(scope.saveSessionRequested())
                                    .thenAccept(outcome -> writeSessionCookie(session, outcome));
                })
                .thenRun(() -> {
                    if (cookies != null) {
                        cookies.finish();
                    }
                });
    }

    /**
     * Sets or deletes the session cookie as the session's commit decided, and varies the response on the cookie
     * when the application used the session (the response may differ per session, as Django and Flask say too).
     */
    private void writeSessionCookie(DefaultSession session, DefaultSession.Outcome outcome) {
        String name = flashkit.config().sessionCookieName();
        if (outcome instanceof DefaultSession.Write write) {
            if (!cookies.set(name, write.value(), write.maxAge())) {
                throw new SessionTooLargeException(
                        name,
                        cookies.headerBytes(name, write.value(), write.maxAge()),
                        ResponseCookies.MAX_HEADER_BYTES);
            }
        } else if (outcome instanceof DefaultSession.Delete) {
            cookies.delete(name);
        }
        if (session.isUsed()) {
            cookies.varyOnCookie();
        }
    }

    /**
     * Ends a failed request without committing — what the adapters do for a 5xx response or an exception:
     * nothing is saved and no cookie is written; messages the storage set aside for this request go back
     * unchanged (the actions stores registered with {@link RequestScope#onAbandon}). Idempotent; does nothing after
     * {@link #commit()}. Never throws.
     */
    public void abandon() {
        if (committed) {
            return;
        }
        committed = true;
        if (scope != null) {
            scope.claimFor(Optional.empty());
            scope.abandon();
        }
    }

    /**
     * {@link #abandon()} without blocking: the message storage's {@link
     * dev.flashkit.messages.MessageStorage#abandonAsync}, then the scope's abandon actions. Never fails.
     */
    public CompletionStage<Void> abandonAsync() {
        boolean open = !committed && scope != null;
        committed = true;
        if (!open) {
            return Stages.done();
        }
        scope.claimFor(Optional.empty());
        return Stages.now(() -> flashkit.messageStorage().abandonAsync(scope))
                .thenCompose(released -> released)
                .handle((done, failure) -> {
                    scope.abandon(); // the actions the storage left to the scope; never throws
                    return null;
                });
    }

    @Override
    public String toString() {
        return "RequestContext[" + exchange.method() + " " + exchange.path() + ", committed=" + committed + "]";
    }
}
