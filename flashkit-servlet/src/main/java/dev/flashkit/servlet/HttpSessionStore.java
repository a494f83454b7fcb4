package dev.flashkit.servlet;

import dev.flashkit.internal.Json;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps Flashkit sessions inside the container's {@link HttpSession} (or Spring Session's), for
 * applications that already run container sessions: Flashkit's cookie then carries only a random id,
 * and the data lives in one {@code HttpSession} attribute as a JSON string (never Java serialization).
 * {@code rotate()} also changes the container's session id. Works only inside requests that
 * {@link FlashkitFilter} handles: the filter puts the servlet request into a slot of the request's {@link
 * RequestScope}, and Flashkit hands that scope to the store ({@code load}, {@code save} and {@code delete} with a
 * scope). The scope-less methods have no request to work on and throw.
 */
public final class HttpSessionStore implements SessionStore {
    /** The {@code HttpSession} attribute holding the session as JSON. */
    public static final String ATTRIBUTE = "dev.flashkit.session";

    /** The slot {@link FlashkitFilter} puts each request's servlet request in. */
    static final RequestScope.Key<HttpServletRequest> REQUEST = RequestScope.Key.of("flashkit.servlet.request");

    private static final int MAX_JSON_BYTES = 1 << 20;

    private final Clock clock;

    private HttpSessionStore(Clock clock) {
        this.clock = clock;
    }

    /** A store on the system clock. */
    public static HttpSessionStore create() {
        return new HttpSessionStore(Clock.systemUTC());
    }

    /** A store whose expiry decisions use {@code clock}. */
    public static HttpSessionStore create(Clock clock) {
        return new HttpSessionStore(clock);
    }

    /** Lends {@code request} to the store for the request {@code scope} belongs to; called by the filter. */
    static void lend(RequestScope scope, HttpServletRequest request) {
        scope.computeIfAbsent(REQUEST, () -> request);
    }

    private static HttpServletRequest request(RequestScope scope) {
        HttpServletRequest request = scope == null ? null : scope.get(REQUEST);
        if (request == null) {
            throw new SessionStoreException("HttpSessionStore works only inside a request handled by FlashkitFilter,"
                    + " through the request's scope: install FlashkitFilter, and call the store's methods that take"
                    + " a RequestScope");
        }
        return request;
    }

    /** Always throws: the store needs the request, which only {@link #load(String, RequestScope)} has. */
    @Override
    public Optional<SessionData> load(String cookieValue) {
        return load(cookieValue, null);
    }

    @Override
    public Optional<SessionData> load(String cookieValue, RequestScope scope) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 64) {
            return Optional.empty();
        }
        HttpSession container = request(scope).getSession(false);
        return stored(container).filter(data -> sameId(data.id(), cookieValue));
    }

    /** Always throws: the store needs the request, which only the scope-taking {@code save} has. */
    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        return save(session, changes, timeToLive, null);
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        HttpServletRequest request = request(scope);
        HttpSession existing = request.getSession(false);
        Optional<SessionData> old = stored(existing);
        if (changes.previousId() != null) {
            if (old.isEmpty() || !sameId(old.get().id(), changes.previousId())) {
                return Optional.empty(); // invalidated meanwhile: never resurrect under a new id
            }
            request.changeSessionId();
        } else if (!changes.isNew() && (old.isEmpty() || !sameId(old.get().id(), session.id()))) {
            return Optional.empty();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (old.isPresent() && !changes.isNew() && changes.previousId() == null && !changes.cleared()) {
            attributes.putAll(old.get().attributes());
            changes.removed().forEach(attributes::remove);
            attributes.putAll(changes.updated());
        } else {
            attributes.putAll(session.attributes());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", session.id());
        json.put("generation", session.generation());
        json.put("createdAt", session.createdAt().toEpochMilli());
        json.put("lastAccessedAt", session.lastAccessedAt().toEpochMilli());
        json.put("expiresAt", clock.instant().plus(timeToLive).toEpochMilli());
        json.put("attributes", attributes);
        request.getSession(true).setAttribute(ATTRIBUTE, Json.writeString(json));
        return Optional.of(session.id());
    }

    /** Always throws: the store needs the request, which only {@link #delete(String, RequestScope)} has. */
    @Override
    public void delete(String id) {
        delete(id, null);
    }

    @Override
    public void delete(String id, RequestScope scope) {
        HttpSession container = request(scope).getSession(false);
        if (container != null
                && stored(container).filter(d -> sameId(d.id(), id)).isPresent()) {
            container.removeAttribute(ATTRIBUTE);
        }
    }

    private Optional<SessionData> stored(HttpSession container) {
        if (container == null || !(container.getAttribute(ATTRIBUTE) instanceof String value)) {
            return Optional.empty();
        }
        try {
            return Json.readObject(value.getBytes(StandardCharsets.UTF_8), MAX_JSON_BYTES)
                    .filter(m -> Instant.ofEpochMilli(((Number) m.get("expiresAt")).longValue())
                            .isAfter(clock.instant()))
                    .map(HttpSessionStore::toData);
        } catch (ClassCastException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static SessionData toData(Map<String, Object> m) {
        return new SessionData(
                (String) m.get("id"),
                ((Number) m.get("generation")).longValue(),
                Instant.ofEpochMilli(((Number) m.get("createdAt")).longValue()),
                Instant.ofEpochMilli(((Number) m.get("lastAccessedAt")).longValue()),
                (Map<String, Object>) m.get("attributes"),
                false);
    }

    private static boolean sameId(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "HttpSessionStore";
    }
}
