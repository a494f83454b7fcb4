package dev.flashkit;

import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.MessagesAccess;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link RequestScope} of one {@link RequestContext}: reads the request through the adapter's exchange
 * (caching the last two cookies looked up), owns the request's session, and keeps the claim target, the slots,
 * the abandon actions and the flags the context reads at commit. It knows its {@link Flashkit}, never the
 * context: the context sets what changes at commit ({@link #claimFor}), nothing here asks back up.
 */
final class DefaultRequestScope implements RequestScope {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");

    private final Flashkit flashkit;
    private final Exchange exchange;
    private final CookieWriter cookies;
    private DefaultSession session;
    private Optional<String> commitClaimTarget; // null before the commit: the request's own rule applies
    private Map<Key<?>, Object> slots;
    private List<Runnable> abandonActions;
    private boolean holdsMessages;
    private boolean saveSession;

    // The last two cookies looked up: the storages ask for the messages and the session cookie several times per
    // request, and each lookup would scan the Cookie header again. Each slot is one immutable pair.
    private record Cookie(String name, String value) {}

    private Cookie lastCookie;
    private Cookie otherCookie;

    DefaultRequestScope(Flashkit flashkit, Exchange exchange, CookieWriter cookies) {
        this.flashkit = flashkit;
        this.exchange = exchange;
        this.cookies = cookies;
    }

    @Override
    public String cookie(String name) {
        Cookie last = lastCookie;
        if (last != null && last.name().equals(name)) {
            return last.value();
        }
        Cookie other = otherCookie;
        if (other != null && other.name().equals(name)) {
            return other.value();
        }
        String value = exchange.cookie(name);
        otherCookie = last;
        lastCookie = new Cookie(name, value);
        return value;
    }

    @Override
    public String header(String name) {
        return exchange.header(name);
    }

    @Override
    public boolean isSecure() {
        return exchange.isSecure();
    }

    @Override
    public FlashkitConfig config() {
        return flashkit.config();
    }

    @Override
    public SessionStore sessionStore() {
        return flashkit.sessionStore();
    }

    @Override
    public MessageStorage messageStorage() {
        return flashkit.messageStorage();
    }

    @Override
    public Optional<String> claimTarget() {
        Optional<String> atCommit = commitClaimTarget;
        return atCommit != null ? atCommit : MessagesAccess.claimTarget(exchange);
    }

    /**
     * From now on stores claim for {@code target}: set by the context when the commit starts (the htmx
     * delivery's target while messages commit) and emptied when the messages are committed or abandoned.
     */
    void claimFor(Optional<String> target) {
        commitClaimTarget = target;
    }

    @Override
    public DefaultSession session() {
        if (session == null) {
            FlashkitConfig config = flashkit.config();
            session = new DefaultSession(flashkit.sessionStore(), config, cookie(config.sessionCookieName()), this);
        }
        return session;
    }

    /**
     * How long the session cookie value would be if the session were saved now with {@code value} under {@code
     * key}: the store measures the session as the commit will hand it over (its id, generation, creation and
     * attributes, last access now). Loads the session.
     */
    int sessionCookieLengthWith(String key, Object value) {
        SessionData current = session().snapshot();
        Map<String, Object> attributes = new LinkedHashMap<>(current.attributes());
        attributes.put(key, value);
        SessionData data = new SessionData(
                current.id(), current.generation(), current.createdAt(), clock().instant(), attributes, false);
        return flashkit.sessionStore().cookieValueLength(data);
    }

    /** The session if this request used it, else {@code null}. */
    DefaultSession openedSession() {
        return session;
    }

    @Override
    public CookieWriter cookies() {
        return cookies;
    }

    @Override
    public synchronized <T> T get(Key<T> key) {
        @SuppressWarnings("unchecked") // put only by computeIfAbsent with the same key
        T value = slots == null ? null : (T) slots.get(key);
        return value;
    }

    @Override
    public synchronized <T> T computeIfAbsent(Key<T> key, Supplier<? extends T> initial) {
        T value = get(key);
        if (value == null) {
            value = initial.get();
            if (slots == null) {
                slots = new HashMap<>(4);
            }
            slots.put(key, value);
        }
        return value;
    }

    @Override
    public synchronized void remove(Key<?> key) {
        if (slots != null) {
            slots.remove(key);
        }
    }

    @Override
    public void holdMessages() {
        holdsMessages = true;
    }

    @Override
    public boolean holdsMessages() {
        return holdsMessages;
    }

    @Override
    public synchronized void onAbandon(Runnable action) {
        if (abandonActions == null) {
            abandonActions = new ArrayList<>(1);
        }
        abandonActions.add(action);
    }

    /** The counters of the Flashkit serving this request ({@code Counters.of(scope)}). */
    Counters counters() {
        return flashkit.counters();
    }

    /** Runs the abandon actions once; never throws. */
    void abandon() {
        List<Runnable> actions;
        synchronized (this) {
            actions = abandonActions;
            abandonActions = null;
        }
        if (actions == null) {
            return;
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Flashkit: could not undo what a store set aside for a failed request: "
                                + e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void saveSessionAtCommit() {
        saveSession = true;
    }

    /** Whether a store asked for the session to be saved even if unchanged. */
    boolean saveSessionRequested() {
        return saveSession;
    }

    @Override
    public String toString() {
        return "RequestScope[" + exchange + "]";
    }
}
