package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.MessageSettings;
import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.MessagesAccess;
import dev.flashkit.internal.Stages;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

/**
 * The {@link Messages} of one request, opened by {@code RequestContext.messages()} through {@link
 * MessagesAccess} (not by applications). Loads from storage on first read (or at commit when messages were only
 * added); {@link #commit()} — called by the context — delivers to htmx, stamps redirect targets, drops what was
 * consumed and stores the rest, merging instead of losing anything.
 */
final class RequestMessages implements MessagesAccess.CommittableMessages {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");

    private final FlashkitConfig config;
    private final MessageSettings settings;
    private final MessageStorage storage;
    private final Exchange exchange;
    private final RequestScope scope;
    private final CookieWriter cookies;
    private final MessageQueue queue;
    private final Resolver resolver;
    private Level level;
    private boolean keepRequested;
    private boolean handedOut;
    private boolean committed;
    private Boolean mayConsume; // the request's method and prefetch headers, read once

    /** See {@link MessagesAccess#open}. */
    RequestMessages(
            FlashkitConfig config,
            MessageStorage storage,
            Exchange exchange,
            RequestScope scope,
            CookieWriter cookies,
            boolean committed) {
        this.config = config;
        this.settings = config.messages();
        this.storage = storage;
        this.exchange = exchange;
        this.scope = scope;
        this.cookies = cookies;
        this.committed = committed;
        this.queue = new MessageQueue(storage, exchange, scope);
        this.resolver = new Resolver(settings, exchange);
    }

    @Override
    public void add(Level level, String text, String... extraTags) {
        add(level, MessageText.plain(text), extraTags);
    }

    @Override
    public void add(Level level, MessageText text, String... extraTags) {
        append(Message.builder().level(level).text(text).extraTags(Tags.join(extraTags)), false);
    }

    @Override
    public MessageDraft compose(Level level, MessageText text) {
        return new MessageDraft(level, text, this::append);
    }

    @Override
    public void now(Level level, String text, String... extraTags) {
        append(Message.builder().level(level).text(MessageText.plain(text)).extraTags(Tags.join(extraTags)), true);
    }

    @Override
    public void formSuccess(String template, Map<String, ?> formValues) {
        add(Level.SUCCESS, MessageText.plain(FormTemplate.fill(template, formValues)));
    }

    /** Adds the message being built (level and text set) unless it is below the minimum level. */
    private void append(Message.Builder message, boolean transientOnly) {
        Level lvl = message.level();
        if (!lvl.isAtLeast(getLevel())) {
            return;
        }
        if (committed) {
            throw new IllegalStateException("messages were already committed with the response; add them before the"
                    + " response is sent (e.g. before writing the body or redirecting)");
        }
        Instant now = config.clock().instant();
        queue.add(
                message.levelTag(settings.tagOf(lvl))
                        .createdAt(now)
                        .expiresAt(now.plus(settings.maxAge()))
                        .build(),
                transientOnly);
    }

    @Override
    public List<Message> peek() {
        queue.load(config.clock().instant());
        return handOut(queue.deliverable(false));
    }

    @Override
    public List<Message> consume() {
        queue.load(config.clock().instant());
        List<Message> deliverable = queue.deliverable(false);
        if (committed) {
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: messages read after commit are not consumed");
            return handOut(deliverable);
        }
        return handOut(mayConsume() ? queue.claim(deliverable) : deliverable);
    }

    private boolean mayConsume() {
        if (mayConsume == null) {
            mayConsume = Delivery.mayConsume(exchange);
        }
        return mayConsume;
    }

    private List<Message> handOut(List<Message> messages) {
        List<Message> out = resolver.resolve(messages);
        handedOut |= !out.isEmpty();
        return out;
    }

    @Override
    public void keep() {
        queue.unconsumeAll();
        keepRequested = true;
    }

    @Override
    public Level getLevel() {
        return level != null ? level : settings.level();
    }

    @Override
    public void setLevel(Level level) {
        this.level = level;
    }

    @Override
    public String html() {
        return settings.renderer().render(consume());
    }

    @Override
    public String json() {
        return MessageJson.document(consume());
    }

    @Override
    public Optional<String> commitClaimTarget() {
        return !committed && !keepRequested && wantsHtmxDelivery(settings, exchange, this::mayConsume)
                ? Optional.of(Delivery.here(exchange))
                : Optional.empty();
    }

    /**
     * Delivers, stamps and stores; called once by {@code RequestContext.commit()}. Returns whether messages
     * were displayed (the response must then not be cached).
     */
    @Override
    public boolean commit() {
        List<Message> remaining = settle();
        if (remaining != null) {
            new MessageWriter(storage, exchange, scope, cookies, config.clock()).write(remaining, settings.backlog());
        }
        return handedOut;
    }

    /**
     * The non-blocking path, before the handler runs: loads what storage holds ({@code loadAsync}) and, when the
     * request may consume messages, claims the deliverable ones ({@code claimAsync}), so that displaying them in
     * the handler and the commit's htmx delivery work in memory.
     */
    @Override
    public CompletionStage<Void> prepareAsync() {
        Instant now = config.clock().instant();
        return storage.loadAsync(scope).thenCompose(loaded -> {
            queue.accept(loaded, now);
            if (committed || !mayConsume()) {
                return Stages.done();
            }
            List<Message> candidates = queue.deliverable(false);
            if (candidates.isEmpty()) {
                return Stages.done();
            }
            return storage.claimAsync(scope, candidates) // the default claim returns its argument: nothing taken
                    .thenAccept(owned -> queue.preclaimed(candidates, owned, owned != candidates));
        });
    }

    @Override
    public boolean tookFromStorage() {
        return queue.putsBack();
    }

    /** {@link #commit()} storing through {@code storeAsync}; for a request that ran {@link #prepareAsync()}. */
    @Override
    public CompletionStage<Boolean> commitAsync() {
        List<Message> remaining = settle();
        if (remaining == null) {
            return CompletableFuture.completedFuture(handedOut);
        }
        return new MessageWriter(storage, exchange, scope, cookies, config.clock())
                .writeAsync(remaining, settings.backlog())
                .thenApply(done -> handedOut);
    }

    /** Delivers and stamps; returns what must be stored, or {@code null} when storage needs no change. */
    private List<Message> settle() {
        if (committed) {
            return null;
        }
        committed = true;
        boolean redirect = Delivery.isRedirect(exchange);
        String hxRedirect = exchange.responseHeader("HX-Redirect");
        boolean mayConsume = exchange.status() < 500 && mayConsume();
        boolean deliverHtmx = !keepRequested && wantsHtmxDelivery(settings, exchange, this::mayConsume);
        boolean visit = mayConsume && Delivery.isVisit(exchange);
        if (!queue.isTouched() && !deliverHtmx && !redirect && hxRedirect == null && !scope.holdsMessages() && !visit) {
            return null; // untouched: nothing to do, nothing written
        }
        Instant now = config.clock().instant();
        queue.load(now); // a session loaded now claims for the scope's commitClaimTarget()
        if (!mayConsume) {
            queue.unconsumeAll();
        } else if (exchange.status() >= 400) {
            queue.unconsumeStored(); // an error page does not eat messages meant for a real page
        }
        if (deliverHtmx) {
            deliverHtmx();
        }
        if (visit) {
            queue.releaseTargetedHere(); // the target did not show them: the next displaying page will
        }
        String target = redirect
                ? Delivery.sameOriginTarget(exchange, exchange.responseHeader("Location"))
                : Delivery.sameOriginTarget(exchange, hxRedirect);
        return queue.remaining(now, target);
    }

    /**
     * Whether a request whose handler never used messages still needs their commit: htmx requests
     * (pending messages are delivered in {@code HX-Trigger}), redirects (messages reserved for this
     * page follow the redirect), and page visits that may hold messages targeted here ({@code sessionUsed},
     * or a browser navigation with a messages cookie): those not shown are released to the next page. Used by
     * {@code RequestContext}; cheap (headers only).
     */
    static boolean needsCommit(FlashkitConfig config, Exchange exchange, boolean sessionUsed) {
        return Delivery.isRedirect(exchange)
                || ((sessionUsed
                                || (Delivery.isNavigation(exchange)
                                        && exchange.cookie(config.messages().cookieName()) != null))
                        && Delivery.isVisit(exchange))
                || exchange.responseHeader("HX-Redirect") != null
                || wantsHtmxDelivery(config.messages(), exchange, () -> Delivery.mayConsume(exchange));
    }

    private static boolean wantsHtmxDelivery(MessageSettings settings, Exchange exchange, BooleanSupplier mayConsume) {
        return settings.htmx()
                && "true".equalsIgnoreCase(exchange.header("HX-Request"))
                && !Delivery.isRedirect(exchange)
                && exchange.responseHeader("HX-Redirect") == null
                && exchange.status() < 400
                && mayConsume.getAsBoolean();
    }

    /** Puts the messages this request did not display into {@code HX-Trigger} for flashkit.js. */
    private void deliverHtmx() {
        List<Message> pending = queue.deliverable(true);
        if (pending.isEmpty()) {
            return;
        }
        List<Message> owned = queue.claim(pending);
        if (owned.isEmpty()) {
            return;
        }
        Optional<String> header = HxTrigger.merge(exchange.responseHeader("HX-Trigger"), resolver.resolve(owned));
        if (header.isEmpty()) {
            queue.unconsume(owned); // cannot merge: keep them for a later display
            return;
        }
        exchange.setResponseHeader("HX-Trigger", header.get());
        handedOut = true;
    }

    @Override
    public String toString() {
        return "Messages[" + queue + "]";
    }
}
