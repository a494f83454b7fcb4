package dev.flashkit.spi;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one request hands down to its {@link SessionStore} and {@link MessageStorage}: the request's cookies
 * and headers, the settings, the clock, the claim target, the session, the response cookies, and typed
 * per-request slots (in the spirit of Javalin's {@code ctx.with(Class)}). Flashkit creates one per request;
 * stores receive it as an argument and never ask back up for "the current request".
 *
 * <p>The design, in short:
 *
 * <ul>
 *   <li><b>One way.</b> The adapter opens a {@code RequestContext}; the context owns this scope and passes it
 *       to the session store ({@code load}/{@code save}) and to the message storage ({@code load}/{@code
 *       store}/{@code claim}). Nothing below the context reaches the context.
 *   <li><b>Per-request state lives here.</b> A store that must remember something between calls of one
 *       request — Redis keeps the flash entries its session load claimed, until the request displays them or
 *       puts them back — keeps it in a {@link #computeIfAbsent slot} under its own {@link Key}, never in a
 *       singleton map keyed by the request, and never in a session attribute whose type changes on the way.
 *       The slots die with the request.
 *   <li><b>Lifecycle through the scope, not through more SPI methods.</b> Exactly-once delivery needs three
 *       things beyond Django's {@code load}/{@code store}: {@link MessageStorage#claim} (which of the displayed
 *       messages this request owns), {@link #holdMessages()} (a store claimed messages while the session
 *       loaded: commit them even when the handler never used messages) and {@link #onAbandon} (put them back
 *       when the request fails). A store that writes with the session save what other parts of the request
 *       decided (Redis writes the flash-list change in the same script) asks for that save with {@link
 *       #saveSessionAtCommit()}.
 *   <li><b>Cookies through one writer.</b> Storages hand cookies to {@link #cookies()}, which formats them,
 *       keeps each {@code Set-Cookie} header within 4096 bytes and marks the response private.
 *   <li><b>Shared by the non-blocking variant.</b> Everything here is a plain value or a cheap in-memory call
 *       except {@link #session()}, which loads the session on first use. The {@code CompletionStage} methods of
 *       the SPI take this same scope: {@code RequestContext.prepare()} loads the session asynchronously before it
 *       calls message storages, so {@code session()} never blocks there.
 * </ul>
 *
 * <p>Not thread-safe beyond its slots: one request's code uses it; the slots tolerate a handler that passes
 * work to another thread.
 */
public interface RequestScope {

    /** The value of the first request cookie with this name, or {@code null}. */
    String cookie(String name);

    /** The first value of a request header (case-insensitive name), or {@code null}. */
    String header(String name);

    /** Whether the request reached the application over HTTPS. */
    boolean isSecure();

    /** The settings of the Flashkit instance serving this request. */
    FlashkitConfig config();

    /** The clock for expiry decisions ({@code config().clock()}). */
    default Clock clock() {
        return config().clock();
    }

    /** The session store installed for this request's Flashkit. */
    SessionStore sessionStore();

    /** The message storage installed for this request's Flashkit. */
    MessageStorage messageStorage();

    /**
     * For stores that claim flash messages while loading the session (Redis): the path + query whose stored
     * messages this request may display from now on, or empty when it should claim none. Present for a request
     * that may consume stored messages (not {@code HEAD}, not a prefetch) and is likely to display them (a
     * {@code GET} page navigation or a client that does not say, or an htmx request); during the commit only
     * when messages are delivered to htmx; never after.
     */
    Optional<String> claimTarget();

    /** The session of this request, loaded from its store on first use. */
    Session session();

    /** The response cookies: where storages set and delete their cookies. */
    ResponseCookies cookies();

    /** The value in {@code key}'s slot, or {@code null} when it is empty. */
    <T> T get(Key<T> key);

    /** The value in {@code key}'s slot, first filled with {@code initial.get()} when it is empty. */
    <T> T computeIfAbsent(Key<T> key, Supplier<? extends T> initial);

    /** Empties {@code key}'s slot. */
    void remove(Key<?> key);

    /**
     * Says that a store set stored messages aside for this request (claimed while the session loaded): the
     * messages are committed even when the handler never used them, and {@link MessageStorage#store} gets back
     * the undisplayed ones among the messages to keep. Pair it with {@link #onAbandon} to put them back when
     * the request fails.
     */
    void holdMessages();

    /** Whether {@link #holdMessages()} was called for this request. */
    boolean holdsMessages();

    /**
     * Runs {@code action} when the request fails instead of committing (a 5xx response or an exception: nothing
     * is saved). Actions run once, in the order registered; one that throws is logged and the others still run.
     */
    void onAbandon(Runnable action);

    /**
     * Asks for the session to be saved at commit even when none of its attributes changed: for a store that
     * writes, with the session, a change kept in a slot (Redis writes the flash-list change in the same
     * script). Does nothing for a session that does not exist and is not created.
     */
    void saveSessionAtCommit();

    /**
     * A typed slot name. Keys compare by identity: keep each in a {@code static final} field of the store that
     * owns the slot, so no other code can read or overwrite it by accident.
     *
     * @param <T> the type of the slot's value
     */
    final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name, "name must not be null");
        }

        /** A new key; {@code name} is for {@code toString()} only. */
        public static <T> Key<T> of(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return "Key[" + name + "]";
        }
    }
}
