package dev.flashkit.test;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.session.Session;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What the next request of the same browser would see after a real HTTP response: the response's {@code
 * Set-Cookie} headers applied to the request's cookies, then opened with the application's {@link Flashkit}
 * — the session values and the stored flash messages — without consuming anything. Works with any HTTP
 * client and with the cookie store as well as stores that live in the {@code Flashkit} (memory, Redis); not
 * with {@code HttpSessionStore}, whose sessions only its filter can reach.
 *
 * <pre>{@code
 * NextRequest next = NextRequest.after(flashkit, response);             // a java.net.http.HttpResponse
 * assertThat(next).hasMessage(Level.SUCCESS, "Item 'widget' added");   // FlashkitAssertions
 * assertThat(next.session()).containsEntry("lastItem", "widget");
 * }</pre>
 *
 * <p>Assertion failures name the response's status and redirect location when the {@code NextRequest} knows
 * them (built from an {@code HttpResponse}, or given them with {@link #withResponseStatus}): a refused request
 * (a 403 from a missing CSRF token, a 400) then reads as such instead of as "no messages".
 *
 * <p>A Flashkit cookie that does not open — sealed with another secret (a {@code Flashkit} other than the
 * application's), tampered with, expired, or naming a session the store does not hold — is an {@link
 * AssertionError} that names the cookie: the browser would silently get no session or no messages.
 */
public final class NextRequest {
    private final Map<String, String> cookies;
    private final Map<String, Object> session;
    private final List<Message> messages;
    private final boolean sessionDeleted;
    private final String response;

    private NextRequest(
            Map<String, String> cookies,
            Map<String, Object> session,
            List<Message> messages,
            boolean deleted,
            String response) {
        this.cookies = cookies;
        this.session = session;
        this.messages = messages;
        this.sessionDeleted = deleted;
        this.response = response;
    }

    /**
     * After a response of the JDK's {@code HttpClient}: its {@code Set-Cookie} headers applied to the cookies
     * its request sent in a {@code Cookie} header; failures name its status and {@code Location}. (Cookies that
     * a {@code CookieHandler} of the client added are not in the request's headers: pass them with {@link
     * #after(Flashkit, Map, List)}.)
     */
    public static NextRequest after(Flashkit flashkit, HttpResponse<?> response) {
        Objects.requireNonNull(response, "response must not be null");
        return after(
                        flashkit,
                        CookieHeaders.parse(response.request().headers().allValues("Cookie")),
                        response.headers().allValues("Set-Cookie"))
                .withResponseStatus(
                        response.statusCode(),
                        response.headers().firstValue("Location").orElse(null));
    }

    /** After a response to a request that carried no cookies: {@code setCookieHeaders} are its values. */
    public static NextRequest after(Flashkit flashkit, List<String> setCookieHeaders) {
        return after(flashkit, Map.of(), setCookieHeaders);
    }

    /**
     * After a response to a request that carried {@code requestCookies} (name to value); {@code
     * setCookieHeaders} are the response's {@code Set-Cookie} header values, in order.
     */
    public static NextRequest after(
            Flashkit flashkit, Map<String, String> requestCookies, List<String> setCookieHeaders) {
        Objects.requireNonNull(flashkit, "flashkit must not be null: pass the application's Flashkit");
        FlashkitConfig config = flashkit.config();
        String sessionCookie = config.sessionCookieName();
        Map<String, String> jar = new LinkedHashMap<>(requestCookies);
        boolean deleted = false;
        for (String header : setCookieHeaders) {
            SetCookie cookie = SetCookie.parse(header);
            if (cookie.isDeletion()) {
                jar.remove(cookie.name());
            } else {
                jar.put(cookie.name(), cookie.value());
            }
            if (cookie.name().equals(sessionCookie)) {
                deleted = cookie.isDeletion();
            }
        }
        // HEAD: a request that may not consume, so no store claims messages while loading the session
        TestExchange probe = TestExchange.request("HEAD", "/").cookies(jar).build();
        RequestContext context = flashkit.open(probe);
        try {
            Map<String, Object> session = Map.of();
            if (jar.containsKey(sessionCookie)) {
                Session opened = context.session();
                if (opened.isNew()) {
                    throw unopened(sessionCookie, "no session", "or names a session its store does not hold");
                }
                Map<String, Object> values = new LinkedHashMap<>(opened.asMap());
                values.remove(SessionMessageStorage.KEY);
                session = Collections.unmodifiableMap(values);
            }
            List<Message> messages = List.copyOf(flashkit.messageStorage().load(context.scope()));
            String messagesCookie = config.messages().cookieName();
            SetCookie dropped = probe.responseCookie(messagesCookie);
            if (dropped != null && dropped.isDeletion()) {
                throw unopened(messagesCookie, "no messages", "");
            }
            return new NextRequest(Collections.unmodifiableMap(jar), session, messages, deleted, null);
        } finally {
            context.abandon();
        }
    }

    private static AssertionError unopened(String cookie, String consequence, String more) {
        return new AssertionError("The " + cookie + " cookie does not open with this Flashkit: it was sealed with"
                + " another secret, tampered with or expired" + (more.isEmpty() ? "" : ", " + more)
                + ", so the next request would see " + consequence + ". Open the cookies with the application's"
                + " own Flashkit (its bean, or one built from its FlashkitConfig), not one with another secret.");
    }

    /**
     * This next request, following a response with {@code status} that redirected to {@code location} ({@code
     * null} when it did not): assertion failures then name them. {@code FlashkitResponses} of
     * flashkit-spring-test and {@link #after(Flashkit, HttpResponse)} call it for you.
     */
    public NextRequest withResponseStatus(int status, String location) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code (100 to 599), not " + status);
        }
        String described = "status " + status + (location == null ? "" : ", redirect to " + location);
        return new NextRequest(cookies, session, messages, sessionDeleted, described);
    }

    /** What assertion failures say of the response, e.g. {@code status 302, redirect to /items}; null if unknown. */
    String response() {
        return response;
    }

    /**
     * The session values the next request would read (Flashkit's reserved message key left out: see
     * {@link #messages()}); empty when the browser holds no session cookie.
     */
    public Map<String, Object> session() {
        return session;
    }

    /** Whether the response deleted the session cookie ({@code Session.invalidate()}, e.g. on logout). */
    public boolean sessionDeleted() {
        return sessionDeleted;
    }

    /**
     * The stored flash messages, oldest first, targeted or not ({@link Message#target()} says which page will
     * show one), read without consuming them.
     */
    public List<Message> messages() {
        return messages;
    }

    /** The cookies the browser would send with the next request (name to value). */
    public Map<String, String> cookies() {
        return cookies;
    }

    /**
     * The {@code Cookie} request header that sends {@link #cookies()} ({@code name=value; ...}), to continue
     * the browser's session with the next request; empty when there are none.
     */
    public String cookieHeader() {
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((name, value) -> header.add(name + "=" + value));
        return header.toString();
    }

    /** Names cookies and session keys only: values may be secrets or personal data. */
    @Override
    public String toString() {
        return "NextRequest[" + (response == null ? "" : "after " + response + ", ") + "cookies=" + cookies.keySet()
                + ", session keys=" + session.keySet() + ", messages=" + messages.size() + "]";
    }
}
