package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.MessageSettings;
import dev.flashkit.internal.HeaderBuffer;
import dev.flashkit.spi.Exchange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Messages} of one request, created by {@code RequestContext.messages()} (not by applications).
 * Loads from storage on first read (or at commit when messages were only added); {@link #commit()} —
 * called by the context — stamps redirect targets, delivers to htmx, drops what was consumed and stores
 * the rest, coalescing instead of losing anything.
 */
public final class RequestMessages implements Messages {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");

    private record Local(Message message, boolean transientOnly) {}

    private final MessageSettings settings;
    private final FlashkitConfig config;
    private final MessageStorage storage;
    private final Exchange exchange;
    private final HeaderBuffer buffer;
    private Level level;
    private List<Message> stored;
    private boolean storedChanged;
    private final List<Local> local = new ArrayList<>(2);
    private final Set<String> consumed = new HashSet<>();
    private boolean keepRequested;
    private boolean claimedFromStorage;
    private boolean handedOut;
    private boolean committed;
    private List<Locale> locales;

    /** Used by {@code RequestContext}; {@code exchange} must be the context's storage exchange. */
    public RequestMessages(FlashkitConfig config, MessageStorage storage, Exchange exchange, HeaderBuffer buffer) {
        this.config = config;
        this.settings = config.messages();
        this.storage = storage;
        this.exchange = exchange;
        this.buffer = buffer;
    }

    // ---- adding ----

    @Override
    public void add(Level level, String text, String... extraTags) {
        add(level, MessageText.plain(text), extraTags);
    }

    @Override
    public void add(Level level, MessageText text, String... extraTags) {
        append(level, text, Message.joinTags(extraTags), null, null, false);
    }

    @Override
    public MessageDraft compose(Level level, MessageText text) {
        return new MessageDraft(
                level, text, (d, now) -> append(d.level(), d.text(), d.extraTags(), d.title(), d.action(), now));
    }

    @Override
    public void now(Level level, String text, String... extraTags) {
        append(level, MessageText.plain(text), Message.joinTags(extraTags), null, null, true);
    }

    @Override
    public void formSuccess(String template, Map<String, ?> formValues) {
        add(Level.SUCCESS, MessageText.plain(FormTemplate.fill(template, formValues)));
    }

    private void append(
            Level lvl, MessageText text, String tags, String title, Message.Action action, boolean transientOnly) {
        Objects.requireNonNull(lvl, "level must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (!lvl.isAtLeast(getLevel())) {
            return;
        }
        if (committed) {
            throw new IllegalStateException("messages were already committed with the response; add them before the"
                    + " response is sent (e.g. before writing the body or redirecting)");
        }
        Instant now = config.clock().instant();
        Message m = new Message(
                Message.newId(),
                lvl,
                text,
                tags,
                settings.tagOf(lvl),
                title,
                action,
                now,
                null,
                now.plus(settings.maxAge()));
        local.add(new Local(m, transientOnly));
    }

    // ---- reading ----

    @Override
    public List<Message> peek() {
        List<Message> out = resolve(deliverable(false));
        handedOut |= !out.isEmpty();
        return out;
    }

    @Override
    public List<Message> consume() {
        if (!committed && Delivery.mayConsume(exchange)) {
            claim(deliverable(false));
        } else if (committed) {
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: messages read after commit are not consumed");
        }
        return peek();
    }

    @Override
    public void keep() {
        consumed.clear();
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

    /** Stored messages for this request (untargeted or targeted here), then this request's own. */
    private List<Message> deliverable(boolean unconsumedOnly) {
        load();
        String here = null;
        List<Message> out = new ArrayList<>(stored.size() + local.size());
        for (Message m : stored) {
            if (m.target() != null) {
                if (here == null) {
                    here = Delivery.here(exchange);
                }
                if (!m.target().equals(here)) {
                    continue;
                }
            }
            if (!unconsumedOnly || !consumed.contains(m.id())) {
                out.add(m);
            }
        }
        for (Local l : local) {
            if (!unconsumedOnly || !consumed.contains(l.message().id())) {
                out.add(l.message());
            }
        }
        return out;
    }

    /** Marks {@code messages} consumed; stored ones only as far as the storage lets this request claim them. */
    private void claim(List<Message> messages) {
        List<Message> fromStorage = new ArrayList<>();
        for (Message m : messages) {
            if (consumed.contains(m.id())) {
                continue;
            }
            if (isLocal(m)) {
                consumed.add(m.id());
            } else {
                fromStorage.add(m);
            }
        }
        if (fromStorage.isEmpty()) {
            return;
        }
        claimedFromStorage = true;
        List<Message> owned = storage.claim(exchange, fromStorage);
        Set<String> ownedIds = new HashSet<>();
        for (Message m : owned) {
            ownedIds.add(m.id());
        }
        consumed.addAll(ownedIds);
        if (ownedIds.size() < fromStorage.size()) {
            // another request displayed these: never show or store them again here
            stored.removeIf(m -> fromStorage.contains(m) && !ownedIds.contains(m.id()));
        }
    }

    private boolean isLocal(Message m) {
        for (Local l : local) {
            if (l.message() == m) {
                return true;
            }
        }
        return false;
    }

    private List<Message> resolve(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Message> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            Message r = m;
            String tag = settings.tagOf(m.level());
            if (!tag.equals(m.levelTag()) && !Coalescer.isSummary(m)) {
                r = r.withLevelTag(tag);
            }
            if (m.text().kind() == MessageText.Kind.KEY) {
                if (locales == null) {
                    locales = exchange.locales();
                }
                String text = settings.textResolver()
                        .resolve(m.text().value(), m.text().args(), locales);
                if (text == null && m.text().value().startsWith("flashkit.")) {
                    text = MessageTextResolver.resourceBundle(ResourceBundleTextResolver.BUILT_IN)
                            .resolve(m.text().value(), m.text().args(), locales);
                }
                r = r.withText(MessageText.plain(text != null ? text : m.text().value()));
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private void load() {
        if (stored != null) {
            return;
        }
        List<Message> loaded = storage.load(exchange);
        Instant now = config.clock().instant();
        List<Message> live = new ArrayList<>(loaded.size());
        for (Message m : loaded) {
            if (m.isExpired(now)) {
                storedChanged = true;
            } else {
                live.add(m);
            }
        }
        stored = live;
    }

    // ---- commit ----

    /**
     * Stamps, delivers and stores; called once by {@code RequestContext.commit()}. Returns whether
     * messages were displayed (the response must then not be cached).
     */
    public boolean commit() {
        if (committed) {
            return false;
        }
        committed = true;
        int status = exchange.status();
        boolean redirect = Delivery.isRedirect(exchange);
        String hxRedirect = exchange.responseHeader("HX-Redirect");
        boolean htmx = settings.htmx() && "true".equalsIgnoreCase(exchange.header("HX-Request"));
        boolean mayConsume = status < 500 && Delivery.mayConsume(exchange);
        boolean deliverHtmx = htmx && !redirect && hxRedirect == null && mayConsume && !keepRequested;
        if (stored == null && local.isEmpty() && !deliverHtmx) {
            return handedOut; // untouched: nothing to do, nothing written
        }
        load();
        if (!mayConsume) {
            consumed.clear();
        }
        if (deliverHtmx) {
            deliverHtmx();
        }
        Instant now = config.clock().instant();
        String target = null;
        if (redirect) {
            target = Delivery.sameOriginTarget(exchange, exchange.responseHeader("Location"));
        } else if (hxRedirect != null) {
            target = Delivery.sameOriginTarget(exchange, hxRedirect);
        }
        boolean changed = storedChanged || claimedFromStorage;
        List<Message> remaining = new ArrayList<>(stored.size() + local.size());
        for (Message m : stored) {
            if (consumed.contains(m.id())) {
                changed = true;
            } else if (m.isExpired(now)) {
                changed = true;
            } else {
                remaining.add(m);
            }
        }
        for (Local l : local) {
            Message m = l.message();
            if (l.transientOnly() || consumed.contains(m.id())) {
                continue;
            }
            if (target != null && m.target() == null) {
                Instant expiry = now.plus(settings.targetMaxAge());
                m = m.withTarget(
                        target, m.expiresAt() != null && m.expiresAt().isBefore(expiry) ? m.expiresAt() : expiry);
            }
            remaining.add(m);
            changed = true;
        }
        if (changed) {
            new MessageWriter(storage, exchange, buffer, config.clock()).write(remaining, settings.backlog());
        }
        return handedOut;
    }

    private void deliverHtmx() {
        List<Message> pending = deliverable(true);
        if (pending.isEmpty()) {
            return;
        }
        claim(pending);
        List<Message> owned = new ArrayList<>(pending.size());
        for (Message m : pending) {
            if (consumed.contains(m.id())) {
                owned.add(m);
            }
        }
        if (owned.isEmpty()) {
            return;
        }
        var header = HxTrigger.merge(exchange.responseHeader("HX-Trigger"), resolve(owned));
        if (header.isEmpty()) {
            owned.forEach(m -> consumed.remove(m.id())); // cannot merge: keep them for a later display
            return;
        }
        exchange.setResponseHeader("HX-Trigger", header.get());
        handedOut = true;
    }

    @Override
    public String toString() {
        return "Messages[stored=" + (stored == null ? "not loaded" : stored.size()) + ", added=" + local.size()
                + ", consumed=" + consumed.size() + "]";
    }
}
